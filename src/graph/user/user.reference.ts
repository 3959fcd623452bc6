import type { GraphQLResolveInfo } from "graphql";
import type { GatewayContext } from "../context.js";
import { asCommand } from "../shared/errors.js";
import { toUser, userPaths } from "./user.fields.js";

/** Federation: a router's `_entities` representations of User go through the same batched loader. */
export const userReference = {
  __resolveReference: async ({ id }: { id: string }, ctx: GatewayContext, info: GraphQLResolveInfo) => {
    const record = await asCommand("Get User by ID", () => ctx.loaders.users.load(id, userPaths(info)));
    return record && toUser(record);
  },
};
