import { randomBytes } from "node:crypto";
import type { EnforcementSet } from "../data/types.js";
import { pushCapped } from "../capped.js";
import { errorReply, type Reply } from "../http.js";
import type { RunRecord } from "../types.js";
import { checkPage, queryNumber } from "./paging.js";

/** GET /api/v2/enforcements?limit=N&offset=M, in the generated (stable) order; no meta, as the contract says. */
export function listEnforcements(sets: readonly EnforcementSet[], query: Record<string, string>): Reply {
  const bounds = checkPage(queryNumber(query.limit), queryNumber(query.offset));
  if (!bounds.ok) return errorReply(400, bounds.detail);
  return { status: 200, body: { enforcements: sets.slice(bounds.offset, bounds.offset + bounds.limit) } };
}

/** POST /api/v2/enforcements/{uuid}/run: every call is a new run with its own id; `runs` keeps the newest `maxRuns`. */
export function runEnforcement(sets: readonly EnforcementSet[], runs: RunRecord[], uuid: string, maxRuns = Number.POSITIVE_INFINITY): Reply {
  const set = sets.find((candidate) => candidate.uuid === uuid);
  if (!set) return errorReply(404, "No enforcement set has this uuid");
  const runId = randomBytes(16).toString("hex");
  pushCapped(runs, { uuid: set.uuid, runId, at: new Date() }, maxRuns);
  return { status: 200, body: { uuid: set.uuid, name: set.name, status: "triggered", run_id: runId } };
}
