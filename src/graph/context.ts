/** What every resolver receives: who is calling, the Axonius client, the logger, and this request's own loaders. */
import type { AxoniusClient } from "../axonius/index.js";
import type { Logger } from "../log.js";
import { createDeviceLoader } from "./device/device.loader.js";
import { createEnforcementLoaders } from "./enforcement/enforcement.loader.js";
import { createUserByUsernameLoader, createUserLoader } from "./user/user.loader.js";

export type Role = "reader" | "operator";

export interface Caller {
  role: Role;
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface GatewayContext {
  caller: Caller;
  client: AxoniusClient;
  /** For what the caller must not see but an operator must: failures of the gateway itself. */
  logger: Logger;
  loaders: Loaders;
}

/** Fresh per request: a cache must never serve one caller's data to another. */
export function createLoaders(client: AxoniusClient) {
  return {
    devices: createDeviceLoader(client),
    users: createUserLoader(client),
    usersByUsername: createUserByUsernameLoader(client),
    enforcements: createEnforcementLoaders(client),
  };
}
