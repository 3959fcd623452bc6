import type { GatewayContext } from "../context.js";
import { asCommand } from "../shared/errors.js";
import { toEnforcement } from "./enforcement.fields.js";

/** Federation: a router's `_entities` representations of Enforcement share the one listing per request. */
export const enforcementReference = {
  __resolveReference: async ({ id }: { id: string }, ctx: GatewayContext) => {
    const set = await asCommand("Get Enforcement by ID", () => ctx.loaders.enforcements.byId.load(id));
    return set && toEnforcement(set);
  },
};
