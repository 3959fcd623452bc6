/** The circuit breaker: a down Axonius is not hammered, and callers fail fast until it may be back. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AxoniusClient, AxoniusError } from "../../src/axonius/index.js";
import { CircuitBreaker } from "../../src/axonius/circuit.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/index.js";

const credentials = { apiKey: "k-circuit-KEY-1", apiSecret: "s-circuit-SECRET-2" };
let sim: RunningSimulator;
beforeAll(async () => (sim = await startSimulator({ ...credentials, sizes: { devices: 20, users: 5, enforcements: 3 } })));
afterAll(async () => sim?.close());
beforeEach(() => {
  sim.faults.clear();
  sim.log.clear();
});

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AxoniusError);

describe("CircuitBreaker", () => {
  it("opens after the threshold, fails fast while cooling down, then lets one probe through", () => {
    let now = 0;
    const breaker = new CircuitBreaker(3, 1_000, () => now);
    for (let i = 0; i < 3; i++) {
      breaker.admit();
      breaker.failed();
    }
    expect(() => breaker.admit()).toThrow(/circuit open after 3 failed calls/);
    now = 1_000;
    expect(() => breaker.admit()).not.toThrow(); // the probe
    expect(() => breaker.admit()).toThrow(AxoniusError); // others wait for the probe's outcome
    breaker.succeeded();
    expect(() => breaker.admit()).not.toThrow();
  });

  it("a failed probe opens the circuit again for a full cool-down", () => {
    let now = 0;
    const breaker = new CircuitBreaker(1, 500, () => now);
    breaker.admit();
    breaker.failed();
    now = 500;
    breaker.admit();
    breaker.failed();
    now = 999;
    expect(() => breaker.admit()).toThrow(/circuit open/);
  });

  it("an answer in between resets the count", () => {
    const breaker = new CircuitBreaker(2, 1_000, () => 0);
    breaker.failed();
    breaker.succeeded();
    breaker.failed();
    expect(() => breaker.admit()).not.toThrow();
  });
});

describe("the client's circuit against the simulator", () => {
  it("after 2 calls find Axonius down, the third fails as UPSTREAM_UNAVAILABLE without a request", async () => {
    const client = new AxoniusClient({ url: sim.url, ...credentials }, { retries: 0, circuitThreshold: 2, circuitCooldownMs: 60_000 });
    sim.faults.inject("asset_types", { status: 503 });
    expect((await failure(client.testConnection()))?.statusCode).toBe(503);
    expect((await failure(client.testConnection()))?.statusCode).toBe(503);
    const fast = await failure(client.searchAssets("devices", { limit: 1, offset: 0 }));
    expect(fast?.code).toBe("UPSTREAM_UNAVAILABLE");
    expect(fast?.statusCode).toBeUndefined();
    expect(fast?.message).toMatch(/circuit open/);
    expect(sim.log.count()).toBe(2);
    // An open circuit never sends a run either: its outcome is known (not started).
    const run = await failure(client.runEnforcement(sim.data.enforcements[0].uuid));
    expect(run?.code).toBe("UPSTREAM_UNAVAILABLE");
    expect(run?.unanswered).toBe(false);
    expect(sim.runs).toHaveLength(0);
    await client.close();
  });

  it("4xx answers do not open it: Axonius is up, it said no", async () => {
    const client = new AxoniusClient({ url: sim.url, ...credentials }, { retries: 0, circuitThreshold: 2, circuitCooldownMs: 60_000 });
    sim.faults.inject("asset_types", { status: 404, times: 3 });
    for (let i = 0; i < 3; i++) expect((await failure(client.testConnection()))?.code).toBe("UPSTREAM_NOT_FOUND");
    expect((await client.testConnection()).assetTypes).toEqual(["devices", "users"]);
    expect(sim.log.count("asset_types")).toBe(4);
    await client.close();
  });
});
