import type { GraphQLResolveInfo } from "graphql";
import type { GatewayContext } from "../context.js";
import { asCommand } from "../shared/errors.js";
import { devicePaths, toDevice } from "./device.fields.js";

/** Federation: a router's `_entities` representations of Device go through the same batched loader. */
export const deviceReference = {
  __resolveReference: async ({ id }: { id: string }, ctx: GatewayContext, info: GraphQLResolveInfo) => {
    const record = await asCommand("Get Device by ID", () => ctx.loaders.devices.load(id, devicePaths(info)));
    return record && toDevice(record);
  },
};
