import { Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { AxoniusError } from "../../axonius/index.js";
import type { GatewayContext } from "../context.js";
import { asCommand, BadUserInputError, describeUpstreamFailure, ForbiddenError } from "../shared/errors.js";
import { validateId, validateIds } from "../shared/ids.js";
import { toPage, validatePage } from "../shared/pagination.js";
import { EnforcementIdArgs, EnforcementIdsArgs, SearchEnforcementsArgs, enforcementFilterPredicate } from "./enforcement.args.js";
import { toEnforcement } from "./enforcement.fields.js";
import { Enforcement, EnforcementPage } from "./enforcement.type.js";
import { mapBounded } from "./map-bounded.js";
import { EnforcementRunResult, RunEnforcementsResult, RunStatus } from "./run.type.js";

/** How many run calls are in flight at once: enough to be quick, few enough to spare Axonius. */
const RUN_CONCURRENCY = 4;

@Resolver(() => Enforcement)
export class EnforcementResolver {
  @Query(() => Enforcement, { nullable: true, description: "One enforcement set by uuid; null when there is none." })
  async enforcement(@Args(() => EnforcementIdArgs) { id }: EnforcementIdArgs, @Ctx() ctx: GatewayContext): Promise<Enforcement | null> {
    validateId(id);
    const set = await asCommand("Get Enforcement by ID", () => ctx.loaders.enforcements.byId.load(id));
    return set && toEnforcement(set);
  }

  @Query(() => [Enforcement], { nullable: "items", description: "Enforcement sets by uuid, in the order given; null where there is none." })
  async enforcementsByIds(@Args(() => EnforcementIdsArgs) { ids }: EnforcementIdsArgs, @Ctx() ctx: GatewayContext): Promise<Array<Enforcement | null>> {
    validateIds(ids);
    const sets = await asCommand("Get Enforcement by ID", () => Promise.all(ids.map((id) => ctx.loaders.enforcements.byId.load(id))));
    return sets.map((set) => set && toEnforcement(set));
  }

  @Query(() => EnforcementPage, { description: "Enforcement sets matching a filter (the D3 Search Enforcements command), one page at a time." })
  async searchEnforcements(@Args(() => SearchEnforcementsArgs) args: SearchEnforcementsArgs, @Ctx() ctx: GatewayContext): Promise<EnforcementPage> {
    validatePage(args);
    const matches = enforcementFilterPredicate(args.filter);
    const sets = await asCommand("Search Enforcements", () => ctx.loaders.enforcements.all());
    const matching = sets.filter(matches);
    return toPage(matching.slice(args.offset, args.offset + args.limit).map(toEnforcement), matching.length, args);
  }

  @Mutation(() => RunEnforcementsResult, {
    description: "Runs enforcement sets by uuid (operators only). Each distinct id is sent once and never retried.",
  })
  async runEnforcements(@Args(() => EnforcementIdsArgs) { ids }: EnforcementIdsArgs, @Ctx() ctx: GatewayContext): Promise<RunEnforcementsResult> {
    if (ctx.caller.role !== "operator") throw new ForbiddenError("Only operators may run enforcement sets.");
    validateIds(ids);
    if (ids.length === 0) throw new BadUserInputError("ids must hold at least one enforcement set id.");
    const distinctIds = [...new Set(ids)];
    const results = await mapBounded(distinctIds, RUN_CONCURRENCY, (id) => runOne(ctx, id));
    const ran = results.filter((r) => r.ok).length;
    const status = ran === results.length ? RunStatus.SUCCEEDED : ran > 0 ? RunStatus.PARTIALLY_SUCCEEDED : RunStatus.FAILED;
    return { status, results };
  }
}

const OUTCOME_UNKNOWN = "The outcome is unknown; check Axonius before running it again.";

async function runOne(ctx: GatewayContext, id: string): Promise<EnforcementRunResult> {
  try {
    const receipt = await ctx.client.runEnforcement(id);
    return { id, ok: true, runId: receipt.runId, outcomeUnknown: false, error: null };
  } catch (error) {
    if (error instanceof AxoniusError) {
      const { code, statusCode, message } = describeUpstreamFailure("Run Enforcements", error, error.unanswered ? OUTCOME_UNKNOWN : "");
      return { id, ok: false, runId: null, outcomeUnknown: error.unanswered, error: { code, statusCode, message } };
    }
    // A bug of ours, caught here so that one id cannot abort the others mid-flight and leave the caller unsure
    // which ran. It may have struck after the call went out, so the outcome is unknown.
    ctx.logger.error(`internal error running enforcement set ${id}: ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : typeof error}`);
    const message = `Run Enforcements failed. ${OUTCOME_UNKNOWN} Internal server error.`;
    return { id, ok: false, runId: null, outcomeUnknown: true, error: { code: "INTERNAL_SERVER_ERROR", statusCode: null, message } };
  }
}
