/** The committed schema and generated client code must be what the code builds, or clients break silently. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, subgraphSdl } from "../../src/tools/emit-schema.js";

describe("committed artifacts", () => {
  it("schema/schema.graphql is what the code builds (fix: npm run schema)", async () => {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    expect(committed, "schema/schema.graphql is stale: run `npm run schema` and commit it").toBe(await subgraphSdl());
  });

  it("test/generated/ is what codegen.yml generates (fix: npm run codegen)", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: join(process.cwd(), "codegen.yml") });
    const outputs = (await generate({ ...config, silent: true }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const committed = readFileSync(join(process.cwd(), filename), "utf8");
      expect(committed, `${filename} is stale: run \`npm run codegen\` and commit it`).toBe(content);
    }
  });
});
