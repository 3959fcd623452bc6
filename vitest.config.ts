import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // vitest would otherwise load graphql both as ESM and CJS ("another module or realm").
    alias: { graphql: "graphql/index.js" },
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
