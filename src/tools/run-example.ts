/**
 * `npm run example -- <name>`: sends examples/<name>.graphql (with <name>.variables.json when present) to a
 * running gateway and prints the response. GATEWAY_URL (default http://127.0.0.1:4000/graphql) and an
 * optional GATEWAY_TOKEN say where and as whom.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const examplesDir = fileURLToPath(new URL("../../examples/", import.meta.url));

export function loadExample(name: string): { query: string; variables?: Record<string, unknown> } {
  const query = readFileSync(`${examplesDir}${name}.graphql`, "utf8");
  const variablesFile = `${examplesDir}${name}.variables.json`;
  return existsSync(variablesFile) ? { query, variables: JSON.parse(readFileSync(variablesFile, "utf8")) } : { query };
}

export const exampleNames = () =>
  readdirSync(examplesDir)
    .filter((f) => f.endsWith(".graphql"))
    .map((f) => f.replace(/\.graphql$/, ""))
    .sort();

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const name = process.argv[2];
  if (!name || !exampleNames().includes(name)) {
    process.stderr.write(`usage: npm run example -- <name>\nexamples: ${exampleNames().join(", ")}\n`);
    process.exit(2);
  }
  const url = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000/graphql";
  const token = process.env.GATEWAY_TOKEN;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(loadExample(name)),
  });
  process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
  process.exit(response.ok ? 0 : 1);
}
