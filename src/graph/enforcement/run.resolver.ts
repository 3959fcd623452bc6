import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GatewayContext } from "../context.js";
import { asCommand } from "../shared/errors.js";
import { toEnforcement } from "./enforcement.fields.js";
import { Enforcement } from "./enforcement.type.js";
import { EnforcementRunResult } from "./run.type.js";

@Resolver(() => EnforcementRunResult)
export class EnforcementRunResultResolver {
  @FieldResolver(() => Enforcement, { nullable: true, description: "The set, through the same batched lookup as enforcement(id:)." })
  async enforcement(@Root() result: EnforcementRunResult, @Ctx() ctx: GatewayContext): Promise<Enforcement | null> {
    const set = await asCommand("Get Enforcement by ID", () => ctx.loaders.enforcements.byId.load(result.id));
    return set && toEnforcement(set);
  }
}
