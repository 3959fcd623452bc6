/** runEnforcements: one call per distinct id, in input order, never retried; outcomes per id and as a whole. */
import { describe, expect, it, vi } from "vitest";
import { graphql } from "../generated/index.js";
import { SECRETS, useHarness } from "../support/harness.js";
import { expectBadUserInput, onlyError } from "./helpers.js";

// A short client timeout, so that a hung run gives up quickly.
const h = useHarness({ client: { requestTimeoutMs: 1_000, headersTimeoutMs: 5_000 } });

const Run = graphql(`
  mutation RunRun($ids: [ID!]!) {
    runEnforcements(ids: $ids) {
      status
      results {
        id
        ok
        runId
        enforcement { id name category }
        outcomeUnknown
        error { code statusCode message }
      }
    }
  }
`);

const RunBare = graphql(`
  mutation RunRunBare($ids: [ID!]!) {
    runEnforcements(ids: $ids) {
      status
      results { id ok runId outcomeUnknown error { code statusCode message } }
    }
  }
`);

const sets = () => h.sim.data.enforcements;
const runPath = (uuid: string) => `/api/v2/enforcements/${uuid}/run`;
/** How many run calls reached the simulator, per path. */
const runCalls = () => {
  const counts = new Map<string, number>();
  for (const entry of h.sim.log.entries.filter((e) => e.route === "enforcements.run")) counts.set(entry.path, (counts.get(entry.path) ?? 0) + 1);
  return counts;
};

describe("runEnforcements", () => {
  it("SUCCEEDED: runs each distinct id once, answers in input order with the run ids and the sets", async () => {
    const [a, b, c] = [sets()[9], sets()[1], sets()[25]];
    const runsBefore = h.sim.runs.length;
    const res = await h.request(Run, { ids: [a.uuid, b.uuid, a.uuid, c.uuid, b.uuid] });
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const result = res.body.data!.runEnforcements;
    expect(result.status).toBe("SUCCEEDED");
    expect(result.results.map((r) => r.id)).toEqual([a.uuid, b.uuid, c.uuid]);

    const newRuns = h.sim.runs.slice(runsBefore);
    expect(newRuns).toHaveLength(3);
    for (const [i, set] of [a, b, c].entries()) {
      const run = newRuns.find((r) => r.uuid === set.uuid)!;
      expect(result.results[i]).toEqual({
        id: set.uuid,
        ok: true,
        runId: run.runId,
        enforcement: { id: set.uuid, name: set.name, category: set.actions.main.action.category },
        outcomeUnknown: false,
        error: null,
      });
      expect(run.runId).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(runCalls()).toEqual(new Map([a, b, c].map((s) => [runPath(s.uuid), 1])));
    // The nested sets came from one listing.
    expect(h.sim.log.count("enforcements.list")).toBe(1);
    expect(h.sim.log.entries.filter((e) => e.route === "enforcements.run").every((e) => e.method === "POST")).toBe(true);
  });

  it("PARTIALLY_SUCCEEDED: an unknown id fails alone with UPSTREAM_NOT_FOUND (404)", async () => {
    const [a, b] = [sets()[12], sets()[13]];
    const unknown = "0123456789abcdef01234567";
    const res = await h.request(Run, { ids: [a.uuid, unknown, b.uuid] });
    expect(res.body.errors).toBeUndefined();
    const { status, results } = res.body.data!.runEnforcements;
    expect(status).toBe("PARTIALLY_SUCCEEDED");
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      [a.uuid, true],
      [unknown, false],
      [b.uuid, true],
    ]);
    expect(results[1]).toMatchObject({ runId: null, enforcement: null, error: { code: "UPSTREAM_NOT_FOUND", statusCode: 404 } });
    expect(results[1].error!.message).toMatch(/^Run Enforcements failed\. /);
    expect(results[0].error).toBeNull();
    expect(results[0].enforcement!.name).toBe(a.name);
    expect(results[2].enforcement!.name).toBe(b.name);
    expect(runCalls()).toEqual(new Map([a.uuid, unknown, b.uuid].map((id) => [runPath(id), 1])));
  });

  it("FAILED: no set ran, and nothing was retried after a 5xx", async () => {
    h.sim.faults.inject("enforcements.run", { status: 503 });
    const [a, b] = [sets()[20], sets()[21]];
    const runsBefore = h.sim.runs.length;
    const res = await h.request(RunBare, { ids: [a.uuid, b.uuid] });
    expect(res.body.errors).toBeUndefined();
    const { status, results } = res.body.data!.runEnforcements;
    expect(status).toBe("FAILED");
    for (const [i, set] of [a, b].entries()) {
      expect(results[i]).toMatchObject({ id: set.uuid, ok: false, runId: null, error: { code: "UPSTREAM_UNAVAILABLE", statusCode: 503 } });
      expect(results[i].error!.message).toMatch(/^Run Enforcements failed\. /);
      // Axonius answered: the outcome is known (not started), unlike after a timeout or a reset.
      expect(results[i].error!.message).not.toMatch(/outcome is unknown/i);
      expect(results[i].outcomeUnknown).toBe(false);
    }
    expect(runCalls()).toEqual(new Map([a, b].map((s) => [runPath(s.uuid), 1])));
    expect(h.sim.runs.length).toBe(runsBefore);
  });

  it("FAILED for unknown ids only", async () => {
    const res = await h.request(RunBare, { ids: ["nope-1", "nope-2"] });
    expect(res.body.data!.runEnforcements.status).toBe("FAILED");
    expect(res.body.data!.runEnforcements.results.map((r) => r.error?.code)).toEqual(["UPSTREAM_NOT_FOUND", "UPSTREAM_NOT_FOUND"]);
  });

  it("a timeout is UPSTREAM_TIMEOUT with the outcome unknown, and the run is not sent again", async () => {
    h.sim.faults.inject("enforcements.run", { hang: true, times: 1 });
    const set = sets()[30];
    const res = await h.request(Run, { ids: [set.uuid] });
    expect(res.body.errors).toBeUndefined();
    const { status, results } = res.body.data!.runEnforcements;
    expect(status).toBe("FAILED");
    expect(results[0]).toMatchObject({ id: set.uuid, ok: false, runId: null, outcomeUnknown: true, error: { code: "UPSTREAM_TIMEOUT", statusCode: null } });
    expect(results[0].error!.message).toMatch(/^Run Enforcements failed\. /);
    expect(results[0].error!.message).toMatch(/outcome is unknown/i);
    // The set itself still resolves: the lookup is a separate, successful read.
    expect(results[0].enforcement).toEqual({ id: set.uuid, name: set.name, category: set.actions.main.action.category });
    expect(runCalls()).toEqual(new Map([[runPath(set.uuid), 1]]));
  });

  it("a timeout among successes gives PARTIALLY_SUCCEEDED, each id still sent exactly once", async () => {
    h.sim.faults.inject("enforcements.run", { hang: true, times: 1 });
    const ids = [sets()[31].uuid, sets()[32].uuid, sets()[33].uuid];
    const res = await h.request(RunBare, { ids });
    const { status, results } = res.body.data!.runEnforcements;
    expect(status).toBe("PARTIALLY_SUCCEEDED");
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok).map((r) => r.error!.code)).toEqual(["UPSTREAM_TIMEOUT"]);
    expect(runCalls()).toEqual(new Map(ids.map((id) => [runPath(id), 1])));
  });

  it("a reset connection is UPSTREAM_UNAVAILABLE and is not retried", async () => {
    h.sim.faults.inject("enforcements.run", { reset: true, times: 1 });
    const set = sets()[34];
    const res = await h.request(RunBare, { ids: [set.uuid] });
    expect(res.body.data!.runEnforcements.results[0]).toMatchObject({ ok: false, error: { code: "UPSTREAM_UNAVAILABLE", statusCode: null } });
    // The connection dropped after the request went out: the run may have started.
    expect(res.body.data!.runEnforcements.results[0].outcomeUnknown).toBe(true);
    expect(res.body.data!.runEnforcements.results[0].error!.message).toMatch(/outcome is unknown/i);
    expect(runCalls()).toEqual(new Map([[runPath(set.uuid), 1]]));
  });

  it("a 2xx without a run_id is UPSTREAM_BAD_RESPONSE", async () => {
    h.sim.faults.inject("enforcements.run", { status: 200, body: '{"status":"triggered"}', times: 1 });
    const res = await h.request(RunBare, { ids: [sets()[35].uuid] });
    expect(res.body.data!.runEnforcements.results[0]).toMatchObject({ ok: false, error: { code: "UPSTREAM_BAD_RESPONSE" } });
    expect(res.body.data!.runEnforcements.results[0].error!.message).toMatch(/^Run Enforcements failed\. /);
  });

  it("refuses a reader with FORBIDDEN and makes no run call", async () => {
    const res = await h.request(Run, { ids: [sets()[0].uuid] }, { token: SECRETS.readerToken });
    const error = onlyError(res);
    expect(error.extensions?.code).toBe("FORBIDDEN");
    expect(error.path).toEqual(["runEnforcements"]);
    expect(res.body.data).toBeNull();
    expect(h.sim.log.count()).toBe(0);
  });

  it("refuses bad ids before any call", async () => {
    expectBadUserInput(await h.request(RunBare, { ids: [sets()[0].uuid, ""] }));
    expectBadUserInput(await h.request(RunBare, { ids: Array.from({ length: 2001 }, (_, i) => `id-${i}`) }));
    expect(h.sim.log.count()).toBe(0);
  });

  it("a failure inside the gateway for one id is reported for it alone, logged, and the other runs still go", async () => {
    const [a, b, c] = [sets()[25], sets()[26], sets()[27]];
    const real = h.client.runEnforcement.bind(h.client);
    const spy = vi.spyOn(h.client, "runEnforcement").mockImplementation(async (uuid) => {
      if (uuid === b.uuid) throw new TypeError("Cannot read properties of undefined (reading 'run_id')");
      return real(uuid);
    });
    try {
      const res = await h.request(RunBare, { ids: [a.uuid, b.uuid, c.uuid] });
      expect(res.body.errors).toBeUndefined();
      const { status, results } = res.body.data!.runEnforcements;
      expect(status).toBe("PARTIALLY_SUCCEEDED");
      expect(results.map((r) => [r.id, r.ok, r.outcomeUnknown])).toEqual([
        [a.uuid, true, false],
        [b.uuid, false, true],
        [c.uuid, true, false],
      ]);
      expect(results[1].error).toEqual({
        code: "INTERNAL_SERVER_ERROR",
        statusCode: null,
        message: "Run Enforcements failed. The outcome is unknown; check Axonius before running it again. Internal server error.",
      });
      expect(res.text).not.toMatch(/Cannot read|run_id'/);
      expect(h.transcript.some((line) => line.includes(`internal error running enforcement set ${b.uuid}: TypeError`))).toBe(true);
      expect(runCalls()).toEqual(new Map([a, c].map((s) => [runPath(s.uuid), 1])));
    } finally {
      spy.mockRestore();
    }
  });

  it("refuses an empty id list: there is nothing to run, and SUCCEEDED would claim otherwise", async () => {
    expectBadUserInput(await h.request(RunBare, { ids: [] }));
    expect(h.sim.log.count()).toBe(0);
  });
});
