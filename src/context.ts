/** Per request: authenticate the caller, then hand resolvers the client and a fresh set of loaders. */
import type { IncomingMessage } from "node:http";
import type { AxoniusClient } from "./axonius/index.js";
import { createLoaders, type Caller, type GatewayContext } from "./graph/context.js";

export function createContextFactory(client: AxoniusClient, authenticate: (authorization: string | undefined) => Caller) {
  return async ({ req }: { req: IncomingMessage }): Promise<GatewayContext> => ({
    caller: authenticate(req.headers.authorization),
    client,
    loaders: createLoaders(client),
  });
}
