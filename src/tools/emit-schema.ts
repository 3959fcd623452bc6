/**
 * Writes schema/schema.graphql: the subgraph SDL with its federation directives, as a router and
 * `rover subgraph check` see it. `npm run schema` runs it; a test fails when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSubgraphSchema } from "@apollo/subgraph";
import { buildGatewaySchema } from "../schema.js";

export const SCHEMA_FILE = fileURLToPath(new URL("../../schema/schema.graphql", import.meta.url));

export async function subgraphSdl(): Promise<string> {
  return `${printSubgraphSchema(await buildGatewaySchema()).trim()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, await subgraphSdl());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
