/**
 * The Axonius client under upstream failures served by the simulator over real HTTP: each failure's contract
 * code and status, how many attempts reach the simulator (reads retry, runs never do), and that no error
 * carries the API key or secret however it is printed.
 */
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AxoniusClient, AxoniusError, type AxoniusClientOptions, type UpstreamErrorCode } from "../../src/axonius/index.js";
import { parseAql, startSimulator, type Fault, type RouteKey, type RunningSimulator } from "../../src/simulator/index.js";

const API_KEY = "k-SECRET-KEY-123";
const API_SECRET = "s-SECRET-VALUE-456";

let sim: RunningSimulator;
let client: AxoniusClient;
/** Gives up on a hung attempt through undici's headers timeout rather than ky's request timeout. */
let headersTimeoutClient: AxoniusClient;
const clients: AxoniusClient[] = [];
/** Every error any test saw, for the final check that none holds a secret. */
const seen: AxoniusError[] = [];

function newClient(options: AxoniusClientOptions = {}): AxoniusClient {
  const created = new AxoniusClient(
    { url: sim.url, apiKey: API_KEY, apiSecret: API_SECRET },
    // Faults follow each other here; an opening circuit would hide them (test/faults/circuit.test.ts covers it).
    { retries: 2, retryBaseDelayMs: 1, requestTimeoutMs: 300, circuitThreshold: Number.POSITIVE_INFINITY, ...options },
  );
  clients.push(created);
  return created;
}

beforeAll(async () => {
  sim = await startSimulator({ apiKey: API_KEY, apiSecret: API_SECRET, sizes: { devices: 40, users: 20, enforcements: 10 } });
  client = newClient();
  headersTimeoutClient = newClient({ requestTimeoutMs: 10_000, headersTimeoutMs: 300 });
});
afterAll(async () => {
  for (const c of clients) await c.close();
  await sim.close();
});
beforeEach(() => {
  sim.log.clear();
  sim.runs.splice(0);
});
afterEach(() => {
  sim.faults.clear();
});

/** The AxoniusError a call fails with; also checks it holds no secret. */
async function failure(call: Promise<unknown>): Promise<AxoniusError> {
  const error = await call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AxoniusError);
  const typed = error as AxoniusError;
  seen.push(typed);
  expectNoSecret(typed);
  return typed;
}

function expectNoSecret(error: AxoniusError): void {
  const renderings = [
    error.message,
    String(error),
    error.stack ?? "",
    JSON.stringify(error),
    inspect(error),
    inspect(error, { showHidden: true, depth: Infinity }),
  ];
  for (const text of renderings) {
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(API_SECRET);
  }
  expect((error as { cause?: unknown }).cause).toBeUndefined();
}

interface Read {
  name: string;
  route: RouteKey;
  call: (c: AxoniusClient) => Promise<unknown>;
}

const READS: Read[] = [
  { name: "searchAssets", route: "assets.devices", call: (c) => c.searchAssets("devices", { query: "", limit: 5, offset: 0 }) },
  { name: "assetsByIds", route: "assets.users", call: (c) => c.assetsByIds("users", [sim.data.users[0].internal_axon_id as string]) },
  { name: "listEnforcements", route: "enforcements.list", call: (c) => c.listEnforcements() },
  { name: "testConnection", route: "asset_types", call: (c) => c.testConnection() },
];
const [SEARCH] = READS;

const run = (c: AxoniusClient = client) => c.runEnforcement(sim.data.enforcements[0].uuid);

describe("HTTP statuses: code, statusCode and attempts of a read", () => {
  it.each([
    [400, "UPSTREAM_BAD_REQUEST", 1],
    [401, "UPSTREAM_UNAUTHORIZED", 1],
    [403, "UPSTREAM_FORBIDDEN", 1],
    [404, "UPSTREAM_NOT_FOUND", 1],
    [409, "UPSTREAM_BAD_REQUEST", 1],
    [413, "UPSTREAM_BAD_REQUEST", 1],
    [422, "UPSTREAM_BAD_REQUEST", 1],
    [408, "UPSTREAM_TIMEOUT", 3],
    [429, "UPSTREAM_RATE_LIMITED", 3],
    [500, "UPSTREAM_UNAVAILABLE", 3],
    [501, "UPSTREAM_UNAVAILABLE", 1],
    [502, "UPSTREAM_UNAVAILABLE", 3],
    [503, "UPSTREAM_UNAVAILABLE", 3],
    [504, "UPSTREAM_UNAVAILABLE", 3],
  ] as const)("%i → %s after %i attempt(s)", async (status, code, attempts) => {
    sim.faults.inject(SEARCH.route, { status });
    const error = await failure(SEARCH.call(client));
    expect(error.code).toBe(code satisfies UpstreamErrorCode);
    expect(error.statusCode).toBe(status);
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(sim.log.count(SEARCH.route)).toBe(attempts);
  });

  describe.each(READS)("$name", (read) => {
    it.each([
      [401, "UPSTREAM_UNAUTHORIZED", 1],
      [403, "UPSTREAM_FORBIDDEN", 1],
      [404, "UPSTREAM_NOT_FOUND", 1],
      [503, "UPSTREAM_UNAVAILABLE", 3],
    ] as const)("%i → %s after %i attempt(s)", async (status, code, attempts) => {
      sim.faults.inject(read.route, { status });
      const error = await failure(read.call(client));
      expect([error.code, error.statusCode]).toEqual([code, status]);
      expect(sim.log.count(read.route)).toBe(attempts);
    });

    it("a reset connection is UPSTREAM_UNAVAILABLE after 3 attempts", async () => {
      sim.faults.inject(read.route, { reset: true });
      const error = await failure(read.call(client));
      expect(error.code).toBe("UPSTREAM_UNAVAILABLE");
      expect(error.statusCode).toBeUndefined();
      expect(sim.log.count(read.route)).toBe(3);
    });

    it("one 503 then the real answer: 2 attempts and success", async () => {
      sim.faults.inject(read.route, { status: 503, times: 1 });
      await expect(read.call(client)).resolves.toBeDefined();
      expect(sim.log.count(read.route)).toBe(2);
      expect(sim.log.entries.map((e) => e.status)).toEqual([503, 200]);
    });
  });

  it("real 401s (a wrong secret) are UPSTREAM_UNAUTHORIZED, asked once", async () => {
    const wrong = new AxoniusClient({ url: sim.url, apiKey: API_KEY, apiSecret: "s-WRONG-SECRET-789" }, { retryBaseDelayMs: 1 });
    clients.push(wrong);
    const error = await failure(wrong.searchAssets("devices", { limit: 1, offset: 0 }));
    expect([error.code, error.statusCode, error.message]).toEqual([
      "UPSTREAM_UNAUTHORIZED",
      401,
      "Unauthorized: check the API key and secret.",
    ]);
    expect(sim.log.count()).toBe(1);
    expect(inspect(error)).not.toContain("s-WRONG-SECRET-789");
  });

  it("one failure of each retried kind, then success: 2 attempts each", async () => {
    const faults: Fault[] = [{ status: 500 }, { status: 429, headers: { "retry-after": "0" } }, { status: 429 }, { reset: true }];
    for (const fault of faults) {
      sim.log.clear();
      sim.faults.inject(SEARCH.route, { ...fault, times: 1 });
      const page = await client.searchAssets("devices", { limit: 1, offset: 0 });
      expect(page.total).toBe(40);
      expect(sim.log.count(SEARCH.route)).toBe(2);
    }
  });
});

describe("400: the upstream's detail is surfaced, and only there", () => {
  it("a real AQL syntax error from the simulator", async () => {
    const query = '("specific_data.data.hostname" == ';
    const expected = (() => {
      try {
        parseAql(query);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("the query should not parse");
    })();
    const error = await failure(client.searchAssets("devices", { query, limit: 1, offset: 0 }));
    expect(error.code).toBe("UPSTREAM_BAD_REQUEST");
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe(`Axonius rejected the request. Invalid query: ${expected}`);
    expect(sim.log.count()).toBe(1);
  });

  it("a real page-bounds error keeps its wording readable", async () => {
    const error = await failure(client.searchAssets("devices", { limit: 1, offset: -1 }));
    expect(error).toMatchObject({ code: "UPSTREAM_BAD_REQUEST", statusCode: 400 });
    expect(error.message).toBe("Axonius rejected the request. page offset must be a whole number ≥ 0");
  });

  it("cuts the key and secret out of an echoed detail, and keeps it to one line", async () => {
    const detail = `Bad query near api-key=${API_KEY}\napi-secret=${API_SECRET}\r\n\u0000end`;
    sim.faults.inject(SEARCH.route, { status: 400, body: JSON.stringify({ errors: [{ status: "400", detail }] }) });
    const error = await failure(SEARCH.call(client));
    expect(error.message).toBe("Axonius rejected the request. Bad query near api-key=[redacted] api-secret=[redacted] end");
  });

  it("cuts a secret that straddles the length limit, not just its tail", async () => {
    const detail = `${"x".repeat(189)} ${API_SECRET} ${API_KEY}`;
    sim.faults.inject(SEARCH.route, { status: 422, body: JSON.stringify({ errors: [{ detail }] }) });
    const error = await failure(SEARCH.call(client));
    expect(error.message).toBe(`Axonius rejected the request. ${"x".repeat(189)} [redacted]`);
    expect(error.message).not.toContain(API_SECRET.slice(0, 5));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "AxoniusError",
      code: "UPSTREAM_BAD_REQUEST",
      statusCode: 422,
      message: error.message,
    });
  });

  it("keeps no detail from a body that is not the error shape, or from another status", async () => {
    sim.faults.inject(SEARCH.route, { status: 400, body: "<html><body>Bad Request</body></html>", times: 1 });
    sim.faults.inject(SEARCH.route, { status: 400, body: '{"message":"nope"}', times: 1 });
    sim.faults.inject(SEARCH.route, { status: 403, body: JSON.stringify({ errors: [{ detail: "role viewer lacks devices:read" }] }), times: 1 });
    const messages = [];
    for (let i = 0; i < 3; i++) messages.push((await failure(SEARCH.call(client))).message);
    expect(messages).toEqual([
      "Axonius rejected the request.",
      "Axonius rejected the request.",
      "Forbidden: the API account lacks a permission.",
    ]);
  });
});

describe("429 and Retry-After", () => {
  it("without Retry-After: 3 attempts, then UPSTREAM_RATE_LIMITED with no retryAfterSeconds", async () => {
    sim.faults.inject(SEARCH.route, { status: 429 });
    const error = await failure(SEARCH.call(client));
    expect([error.code, error.statusCode, error.retryAfterSeconds]).toEqual(["UPSTREAM_RATE_LIMITED", 429, undefined]);
    expect(sim.log.count(SEARCH.route)).toBe(3);
  });

  it("Retry-After: 0 (seconds) is honoured: 3 attempts, retryAfterSeconds 0", async () => {
    sim.faults.inject(SEARCH.route, { status: 429, headers: { "retry-after": "0" } });
    const error = await failure(SEARCH.call(client));
    expect([error.code, error.statusCode, error.retryAfterSeconds]).toEqual(["UPSTREAM_RATE_LIMITED", 429, 0]);
    expect(sim.log.count(SEARCH.route)).toBe(3);
  });

  it("Retry-After as an HTTP date already past is honoured at once: 3 attempts", async () => {
    sim.faults.inject(SEARCH.route, { status: 429, headers: { "retry-after": new Date(Date.now() - 60_000).toUTCString() } });
    const error = await failure(SEARCH.call(client));
    expect([error.code, error.retryAfterSeconds]).toEqual(["UPSTREAM_RATE_LIMITED", 0]);
    expect(sim.log.count(SEARCH.route)).toBe(3);
  });

  it("Retry-After in seconds beyond maxRetryAfterMs fails at once with retryAfterSeconds", async () => {
    sim.faults.inject(SEARCH.route, { status: 429, headers: { "retry-after": "120" } });
    const error = await failure(SEARCH.call(client));
    expect([error.code, error.statusCode, error.retryAfterSeconds]).toEqual(["UPSTREAM_RATE_LIMITED", 429, 120]);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ code: "UPSTREAM_RATE_LIMITED", statusCode: 429, retryAfterSeconds: 120 });
    expect(sim.log.count(SEARCH.route)).toBe(1);
  });

  it("a Retry-After of 1 s is too long for a client capped at 500 ms", async () => {
    const capped = newClient({ maxRetryAfterMs: 500 });
    sim.faults.inject(SEARCH.route, { status: 429, headers: { "retry-after": "1" } });
    const error = await failure(SEARCH.call(capped));
    expect([error.code, error.retryAfterSeconds]).toEqual(["UPSTREAM_RATE_LIMITED", 1]);
    expect(sim.log.count(SEARCH.route)).toBe(1);
  });

  it("Retry-After as an HTTP date an hour ahead fails at once with about 3600 s", async () => {
    sim.faults.inject(SEARCH.route, { status: 429, headers: { "retry-after": new Date(Date.now() + 3_600_000).toUTCString() } });
    const error = await failure(SEARCH.call(client));
    expect(error.code).toBe("UPSTREAM_RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(3590);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(sim.log.count(SEARCH.route)).toBe(1);
  });

  it("a 503 with a long Retry-After also fails at once, as UPSTREAM_UNAVAILABLE", async () => {
    sim.faults.inject("enforcements.list", { status: 503, headers: { "retry-after": "300" } });
    const error = await failure(client.listEnforcements());
    expect([error.code, error.statusCode, error.retryAfterSeconds]).toEqual(["UPSTREAM_UNAVAILABLE", 503, 300]);
    expect(sim.log.count("enforcements.list")).toBe(1);
  });

  it("an unreadable Retry-After is ignored: retried, no retryAfterSeconds", async () => {
    sim.faults.inject(SEARCH.route, { status: 429, headers: { "retry-after": "soon" } });
    const error = await failure(SEARCH.call(client));
    expect([error.code, error.retryAfterSeconds]).toEqual(["UPSTREAM_RATE_LIMITED", undefined]);
    expect(sim.log.count(SEARCH.route)).toBe(3);
  });
});

describe("2xx bodies of the wrong kind: UPSTREAM_BAD_RESPONSE, not retried", () => {
  const meta = { page: { number: 1, size: 1, totalPages: 1, totalResources: 1 } };
  it.each([
    ["a body that is not JSON", "assets.devices", '{"assets": [', (c: AxoniusClient) => SEARCH.call(c)],
    ["an HTML page", "assets.devices", "<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>", (c: AxoniusClient) => SEARCH.call(c)],
    ["an empty body", "assets.devices", "", (c: AxoniusClient) => SEARCH.call(c)],
    ['{"assets": "x"}', "assets.devices", JSON.stringify({ assets: "x", meta }), (c: AxoniusClient) => SEARCH.call(c)],
    ["assets without meta", "assets.devices", JSON.stringify({ assets: [] }), (c: AxoniusClient) => SEARCH.call(c)],
    ["an asset without internal_axon_id", "assets.devices", JSON.stringify({ assets: [{ adapters: [] }], meta }), (c: AxoniusClient) => SEARCH.call(c)],
    ["a JSON array", "assets.users", "[]", (c: AxoniusClient) => c.assetsByIds("users", ["a"])],
    ['{"enforcements": {}}', "enforcements.list", '{"enforcements": {}}', (c: AxoniusClient) => c.listEnforcements()],
    ["a set without uuid", "enforcements.list", '{"enforcements": [{"name": "x"}]}', (c: AxoniusClient) => c.listEnforcements()],
    ['{"asset_types": "devices"}', "asset_types", '{"asset_types": "devices"}', (c: AxoniusClient) => c.testConnection()],
    ["null", "asset_types", "null", (c: AxoniusClient) => c.testConnection()],
  ] as const)("%s", async (_, route, body, call) => {
    sim.faults.inject(route, { status: 200, body });
    const error = await failure(call(client));
    expect(error.code).toBe("UPSTREAM_BAD_RESPONSE");
    expect(error.statusCode).toBe(200);
    expect(error.message).toMatch(/^Unexpected response from Axonius: [^<>{}]+\.$/);
    expect(sim.log.count(route)).toBe(1);
  });

  it("an HTML error page from a proxy is UPSTREAM_UNAVAILABLE with its status, none of its markup", async () => {
    sim.faults.inject(SEARCH.route, { status: 502, body: "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>" });
    const error = await failure(SEARCH.call(client));
    expect([error.code, error.statusCode, error.message]).toEqual(["UPSTREAM_UNAVAILABLE", 502, "Axonius is unavailable."]);
    expect(sim.log.count(SEARCH.route)).toBe(3);
  });

  it("a bad page in the middle of listing enforcements fails the whole list", async () => {
    const big = await startSimulator({ apiKey: API_KEY, apiSecret: API_SECRET, sizes: { devices: 0, users: 0, enforcements: 2500 } });
    const bigClient = new AxoniusClient({ url: big.url, apiKey: API_KEY, apiSecret: API_SECRET }, { retryBaseDelayMs: 1 });
    clients.push(bigClient);
    try {
      // The first page is served normally (a fault with only headers), the second one is broken.
      big.faults.inject("enforcements.list", { headers: { "x-page": "1" }, times: 1 });
      big.faults.inject("enforcements.list", { status: 200, body: '{"enforcements": "x"}', times: 1 });
      const error = await failure(bigClient.listEnforcements());
      expect(error.code).toBe("UPSTREAM_BAD_RESPONSE");
      expect(big.log.entries.map((e) => e.query.offset)).toEqual(["0", "2000"]);
    } finally {
      await big.close();
    }
  });
});

describe("timeouts and unreachable upstreams", () => {
  it.each([
    ["ky's request timeout", () => client],
    ["undici's headers timeout", () => headersTimeoutClient],
  ])("a hung read is UPSTREAM_TIMEOUT (%s), not retried", async (_, which) => {
    sim.faults.inject(SEARCH.route, { hang: true });
    const error = await failure(SEARCH.call(which()));
    expect(error.code).toBe("UPSTREAM_TIMEOUT");
    expect(error.statusCode).toBeUndefined();
    expect(sim.log.count(SEARCH.route)).toBe(1);
  });

  it("a hung first attempt does not poison the pool: the next call succeeds", async () => {
    sim.faults.inject("asset_types", { hang: true, times: 1 });
    expect((await failure(client.testConnection())).code).toBe("UPSTREAM_TIMEOUT");
    await expect(client.testConnection()).resolves.toMatchObject({ assetTypes: ["devices", "users"] });
    expect(sim.log.count("asset_types")).toBe(2);
  });

  it("a refused connection is UPSTREAM_UNAVAILABLE", async () => {
    const gone = await startSimulator({ sizes: { devices: 0, users: 0, enforcements: 0 } });
    await gone.close();
    const orphan = new AxoniusClient({ url: gone.url, apiKey: API_KEY, apiSecret: API_SECRET }, { retryBaseDelayMs: 1 });
    clients.push(orphan);
    const error = await failure(orphan.testConnection());
    expect(error.code).toBe("UPSTREAM_UNAVAILABLE");
    expect(error.statusCode).toBeUndefined();
    expect(error.message).toBe("Could not reach Axonius (ECONNREFUSED).");
    // Nothing was sent: a run refused like this certainly did not start.
    expect(error.unanswered).toBe(false);
  });
});

describe("runEnforcement is sent exactly once, whatever happens", () => {
  it.each([
    ["500", { status: 500 }, "UPSTREAM_UNAVAILABLE", 500],
    ["502 with an HTML page", { status: 502, body: "<html><body>Bad Gateway</body></html>" }, "UPSTREAM_UNAVAILABLE", 502],
    ["503", { status: 503 }, "UPSTREAM_UNAVAILABLE", 503],
    ["503 with Retry-After: 0", { status: 503, headers: { "retry-after": "0" } }, "UPSTREAM_UNAVAILABLE", 503],
    ["504", { status: 504 }, "UPSTREAM_UNAVAILABLE", 504],
    ["408", { status: 408 }, "UPSTREAM_TIMEOUT", 408],
    ["429 with Retry-After: 0", { status: 429, headers: { "retry-after": "0" } }, "UPSTREAM_RATE_LIMITED", 429],
    ["429 without Retry-After", { status: 429 }, "UPSTREAM_RATE_LIMITED", 429],
    ["401", { status: 401 }, "UPSTREAM_UNAUTHORIZED", 401],
    ["403", { status: 403 }, "UPSTREAM_FORBIDDEN", 403],
    ["404", { status: 404 }, "UPSTREAM_NOT_FOUND", 404],
    ["a reset connection", { reset: true }, "UPSTREAM_UNAVAILABLE", undefined],
    ["a body that is not JSON", { status: 200, body: "run started" }, "UPSTREAM_BAD_RESPONSE", 200],
    ["an HTML page", { status: 200, body: "<html><body>Login</body></html>" }, "UPSTREAM_BAD_RESPONSE", 200],
    ["a receipt without run_id", { status: 200, body: '{"status": "triggered"}' }, "UPSTREAM_BAD_RESPONSE", 200],
  ] as Array<[string, Fault, UpstreamErrorCode, number | undefined]>)("%s → %s", async (_, fault, code, statusCode) => {
    sim.faults.inject("enforcements.run", fault);
    const error = await failure(run());
    expect([error.code, error.statusCode]).toEqual([code, statusCode]);
    // Only a request that got no answer from Axonius leaves the outcome unknown: no answer at all, or a
    // proxy's 502/504 (it gave up waiting on Axonius).
    expect(error.unanswered).toBe(statusCode === undefined || statusCode === 502 || statusCode === 504);
    expect(sim.log.count("enforcements.run")).toBe(1);
    expect(sim.log.count()).toBe(1);
    expect(sim.runs).toHaveLength(0);
  });

  it.each([
    ["ky's request timeout", () => client],
    ["undici's headers timeout", () => headersTimeoutClient],
  ])("a hung run is UPSTREAM_TIMEOUT (%s), sent once", async (_, which) => {
    sim.faults.inject("enforcements.run", { hang: true });
    const error = await failure(run(which()));
    expect([error.code, error.statusCode, error.unanswered]).toEqual(["UPSTREAM_TIMEOUT", undefined, true]);
    expect(sim.log.count("enforcements.run")).toBe(1);
    expect(sim.runs).toHaveLength(0);
  });

  it("a run answered too late did start upstream: the client reports a timeout and does not send it again", async () => {
    sim.faults.inject("enforcements.run", { delayMs: 800, times: 1 });
    const error = await failure(run());
    expect(error.code).toBe("UPSTREAM_TIMEOUT");
    await vi.waitFor(() => expect(sim.runs).toHaveLength(1), { timeout: 3_000, interval: 50 });
    expect(sim.log.count("enforcements.run")).toBe(1);
  });

  it("a 503 once, then a fresh call: only the caller's second call starts a run", async () => {
    sim.faults.inject("enforcements.run", { status: 503, times: 1 });
    await failure(run());
    expect(sim.runs).toHaveLength(0);
    const receipt = await run();
    expect(sim.log.count("enforcements.run")).toBe(2);
    expect(sim.runs.map((r) => r.runId)).toEqual([receipt.runId]);
  });
});

describe("an oversized body", () => {
  it("is refused as UPSTREAM_BAD_RESPONSE, once, not held in memory or retried", async () => {
    const small = newClient({ maxResponseBytes: 1024 });
    const error = await failure(small.searchAssets("devices", { limit: 40, offset: 0 }));
    expect(error.code).toBe("UPSTREAM_BAD_RESPONSE");
    expect(error.message).toMatch(/larger than the client accepts/);
    expect(sim.log.count("assets.devices")).toBe(1);
    // A small answer still passes through the same client.
    expect((await small.testConnection()).assetTypes).toEqual(["devices", "users"]);
  });
});

describe("redirects are not followed", () => {
  it.each([301, 302, 307, 308])("%i to another server: UPSTREAM_BAD_RESPONSE, and the key, secret and run stay here", async (status) => {
    const elsewhere = await startSimulator({ apiKey: API_KEY, apiSecret: API_SECRET, sizes: { devices: 1, users: 1, enforcements: 1 } });
    try {
      sim.faults.inject("enforcements.run", { status, headers: { location: `${elsewhere.url}/api/v2/enforcements/${elsewhere.data.enforcements[0].uuid}/run` } });
      sim.faults.inject("asset_types", { status, headers: { location: `${elsewhere.url}/api/v2/assets/asset_types` } });
      const run = await failure(client.runEnforcement(sim.data.enforcements[0].uuid));
      const read = await failure(client.testConnection());
      for (const error of [run, read]) {
        expect([error.code, error.statusCode]).toEqual(["UPSTREAM_BAD_RESPONSE", status]);
        expect(error.message).toMatch(/redirect/);
      }
      expect(elsewhere.log.count()).toBe(0);
      expect(elsewhere.runs).toHaveLength(0);
      expect(sim.log.count("enforcements.run")).toBe(1);
      expect(sim.log.count("asset_types")).toBe(1);
    } finally {
      await elsewhere.close();
    }
  });
});

describe("secrets", () => {
  it("no error seen in this file holds the key or the secret", () => {
    // Reached after every other test here; the count proves the check covered them.
    expect(seen.length).toBeGreaterThan(60);
    for (const error of seen) expectNoSecret(error);
  });

  it.each([
    ["a line break", `${API_KEY}\nx`, API_SECRET],
    ["a NUL", API_KEY, `${API_SECRET}\u0000`],
    ["a character beyond Latin-1", `${API_KEY}\u2603`, API_SECRET],
  ])("a key or secret with %s is refused without quoting it, before any call", (_, apiKey, apiSecret) => {
    let thrown: unknown;
    try {
      new AxoniusClient({ url: sim.url, apiKey, apiSecret });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    const text = `${String(thrown)} ${inspect(thrown)}`;
    expect(text).toMatch(/^TypeError: The Axonius API (key|secret) cannot be sent as an HTTP header/);
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(API_SECRET);
    expect(sim.log.count()).toBe(0);
  });

  it("a body echoing the key and secret on any status leaves no trace", async () => {
    const body = JSON.stringify({ errors: [{ detail: `key ${API_KEY} secret ${API_SECRET}`, title: API_KEY }], echo: API_SECRET });
    for (const status of [200, 400, 401, 404, 429, 500]) {
      sim.faults.inject(SEARCH.route, { status, body, headers: { "x-echo": API_KEY }, times: status >= 429 ? 3 : 1 });
      const error = await failure(SEARCH.call(client));
      expect(error.message.length).toBeGreaterThan(0);
    }
  });
});
