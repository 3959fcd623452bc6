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
  const name = process.argv[2]?.replace(/\.graphql$/, "");
  if (!name || !exampleNames().includes(name)) {
    process.stderr.write(`usage: npm run example -- <name>\nexamples: ${exampleNames().join(", ")}\n`);
    process.exit(2);
  }
  // The gateway's base URL is accepted too: the GraphQL endpoint is always /graphql below it.
  const given = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000/graphql";
  const url = /\/graphql\/?$/.test(given) ? given : `${given.replace(/\/+$/, "")}/graphql`;
  const token = process.env.GATEWAY_TOKEN;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(loadExample(name)),
    });
  } catch {
    process.stderr.write(`no gateway answers at ${url}: start one with \`npm start\`, or set GATEWAY_URL\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
  process.exit(response.ok ? 0 : 1);
}
