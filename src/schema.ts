/**
 * Builds the schema: type-graphql's code-first types, printed with their directives and rebuilt as an
 * Apollo Federation 2 subgraph, so one schema serves both standalone clients and a router.
 */
import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";
import { ConnectionResolver } from "./graph/connection/connection.resolver.js";
import { deviceReference } from "./graph/device/device.reference.js";
import { DeviceResolver } from "./graph/device/device.resolver.js";
import { enforcementReference } from "./graph/enforcement/enforcement.reference.js";
import { EnforcementResolver } from "./graph/enforcement/enforcement.resolver.js";
import { EnforcementRunResultResolver } from "./graph/enforcement/run.resolver.js";
import { userReference } from "./graph/user/user.reference.js";
import { UserResolver } from "./graph/user/user.resolver.js";

export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

const resolvers = [DeviceResolver, UserResolver, EnforcementResolver, EnforcementRunResultResolver, ConnectionResolver] as const;

export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  // Arguments are checked by the resolvers' own validators (clear messages, BAD_USER_INPUT), not class-validator.
  const codeFirst = await buildSchema({ resolvers, validate: false });
  // type-graphql cannot describe the root types; the contract wants every type described.
  const query = codeFirst.getQueryType();
  if (query) query.description = "Reads: devices, users and enforcement sets from Axonius, and a connection test.";
  const mutation = codeFirst.getMutationType();
  if (mutation) mutation.description = "Writes: running enforcement sets (operators only).";
  const resolverMap = createResolversMap(codeFirst) as Record<string, Record<string, unknown>>;
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(codeFirst)}`),
    resolvers: {
      ...resolverMap,
      Device: { ...resolverMap.Device, ...deviceReference },
      User: { ...resolverMap.User, ...userReference },
      Enforcement: { ...resolverMap.Enforcement, ...enforcementReference },
    } as never,
  });
}
