/** Per request: authenticate the caller, then hand resolvers the client, the logger and fresh loaders. */
import type { IncomingMessage } from "node:http";
import type { AxoniusClient } from "./axonius/index.js";
import { createLoaders, type Caller, type GatewayContext } from "./graph/context.js";
import type { Logger } from "./log.js";

export function createContextFactory(client: AxoniusClient, authenticate: (authorization: string | undefined) => Caller, logger: Logger) {
  return async ({ req }: { req: IncomingMessage }): Promise<GatewayContext> => ({
    caller: authenticate(req.headers.authorization),
    client,
    logger,
    loaders: createLoaders(client),
  });
}
