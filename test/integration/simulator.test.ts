import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startSimulator, type AssetRecord, type RouteKey, type RunningSimulator } from "../../src/simulator/index.js";
import { jsonOrUndefined } from "../support/json.js";

const AUTH = { "api-key": "demo-key", "api-secret": "demo-secret" };
const UNAUTHORIZED = { errors: [{ status: "401", title: "Unauthorized", detail: "Invalid API key or secret" }] };
const HOSTNAME = "specific_data.data.hostname";
const IPS = "specific_data.data.network_interfaces.ips";

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim.close();
});
afterEach(() => {
  sim.faults.clear();
  sim.setDelay(0);
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

async function call(
  path: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal; target?: RunningSimulator } = {},
): Promise<Answer> {
  const { method = "GET", body, headers = AUTH, signal, target = sim } = options;
  const response = await fetch(`${target.url}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    signal,
  });
  const text = await response.text();
  const json = jsonOrUndefined(text);
  return { status: response.status, headers: response.headers, text, json };
}

const search = (type: "devices" | "users", body: unknown, headers?: Record<string, string>) =>
  call(`/api/v2/assets/${type}`, { method: "POST", body, headers });

const run = (uuid: string, signal?: AbortSignal) => call(`/api/v2/enforcements/${uuid}/run`, { method: "POST", signal });

const ids = (assets: AssetRecord[]) => assets.map((asset) => asset.internal_axon_id);

const SMALL = { devices: 5, users: 5, enforcements: 2 };
/** Long enough that a request held back by it is certainly still waiting when a concurrent one was served. */
const FOREVER = 60_000;

/** A promise and whether it has settled yet: how these tests see that a request is still waiting. */
function track<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let settled = false;
  const done = () => {
    settled = true;
  };
  promise.then(done, done);
  return { promise, settled: () => settled };
}

/** Waits until the simulator has received `count` requests on `route`; their answers may still be pending. */
const received = (target: RunningSimulator, route: RouteKey, count: number) =>
  vi.waitFor(() => expect(target.log.count(route)).toBe(count), { timeout: 5_000, interval: 10 });

describe("simulator: start-up", () => {
  it("listens on a free loopback port and reports its URL without a trailing slash", () => {
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
    expect(sim.data.devices).toHaveLength(2000);
  });
  it("refuses a bad port or delay before listening", async () => {
    await expect(startSimulator({ port: 70000 })).rejects.toThrow(RangeError);
    await expect(startSimulator({ delayMs: [50, 10] })).rejects.toThrow(/delayMs/);
    await expect(startSimulator({ maxLogEntries: 0 })).rejects.toThrow(/maxLogEntries/);
    await expect(startSimulator({ maxLogEntries: 2.5 })).rejects.toThrow(RangeError);
  });
});

describe("simulator: authentication", () => {
  it("answers 401 with the contract's body when the headers are missing", async () => {
    const answer = await call("/api/v2/assets/asset_types", { headers: {} });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual(UNAUTHORIZED);
    expect(answer.headers.get("content-type")).toBe("application/json");
  });
  it("answers 401 on a wrong secret or a wrong key, for every route", async () => {
    expect((await search("devices", {}, { "api-key": "demo-key", "api-secret": "nope" })).status).toBe(401);
    expect((await call("/api/v2/enforcements", { headers: { "api-key": "x", "api-secret": "demo-secret" } })).status).toBe(401);
    const denied = await call("/api/v2/enforcements/abc/run", { method: "POST", headers: { "api-key": "demo-key" } });
    expect(denied.json).toEqual(UNAUTHORIZED);
  });
  it("accepts configured credentials only", async () => {
    const custom = await startSimulator({ apiKey: "k1", apiSecret: "s1", sizes: { devices: 1, users: 1, enforcements: 1 } });
    try {
      expect((await call("/api/v2/assets/asset_types", { target: custom, headers: { "api-key": "k1", "api-secret": "s1" } })).status).toBe(200);
      expect((await call("/api/v2/assets/asset_types", { target: custom })).status).toBe(401);
    } finally {
      await custom.close();
    }
  });
});

describe("simulator: asset search", () => {
  it("projects the requested fields plus the three always-returned ones", async () => {
    const answer = await search("devices", { fields: [HOSTNAME, "specific_data.data.no_such_field"], page: { limit: 3, offset: 0 } });
    expect(answer.status).toBe(200);
    expect(answer.json.meta).toBeUndefined();
    const expected = sim.data.devices.slice(0, 3).map((device) => ({
      internal_axon_id: device.internal_axon_id,
      adapters: device.adapters,
      adapter_list_length: device.adapter_list_length,
      [HOSTNAME]: device[HOSTNAME],
    }));
    expect(answer.json.assets).toEqual(expected);
  });
  it("returns every field without `fields`, and only the three with an empty list", async () => {
    const all = await search("users", { page: { limit: 2, offset: 0 } });
    expect(all.json.assets).toEqual(sim.data.users.slice(0, 2));
    const none = await search("users", { fields: [], page: { limit: 1, offset: 0 } });
    expect(Object.keys(none.json.assets[0])).toEqual(["internal_axon_id", "adapters", "adapter_list_length"]);
  });
  it("pages in internal_axon_id order with 1-based meta", async () => {
    // A lone "Windows" where a list is usual matches too.
    const windows = sim.data.devices.filter((d) => [d["specific_data.data.os.type"]].flat().includes("Windows"));
    const answer = await search("devices", {
      query: '("specific_data.data.os.type" == "Windows")',
      fields: [HOSTNAME],
      page: { limit: 7, offset: 14 },
      include_metadata: true,
    });
    expect(ids(answer.json.assets)).toEqual(ids(windows.slice(14, 21)));
    expect(answer.json.meta).toEqual({ page: { number: 3, size: 7, totalPages: Math.ceil(windows.length / 7), totalResources: windows.length } });
  });
  it("the last page is short and a page past the end is empty, with the real total", async () => {
    const total = sim.data.users.length;
    const last = await search("users", { fields: [], page: { limit: 300, offset: 600 }, include_metadata: true });
    expect(last.json.meta.page).toEqual({ number: 3, size: total - 600, totalPages: Math.ceil(total / 300), totalResources: total });
    const beyond = await search("users", { page: { limit: 10, offset: 5000 }, include_metadata: true });
    expect(beyond.json.assets).toEqual([]);
    expect(beyond.json.meta.page.totalResources).toBe(total);
  });
  it("count: limit 1 with metadata gives the match count", async () => {
    const answer = await search("devices", { query: '("labels" == "Exclusion List")', page: { limit: 1, offset: 0 }, include_metadata: true });
    const expected = sim.data.devices.filter((d) => (d.labels as string[]).includes("Exclusion List")).length;
    expect(expected).toBeGreaterThan(0);
    expect(answer.json.meta.page.totalResources).toBe(expected);
    expect(answer.json.assets).toHaveLength(1);
  });
  it("finds assets by ids, in id order, ignoring unknown ids", async () => {
    const wanted = [sim.data.devices[1500], sim.data.devices[3], sim.data.devices[700]].map((d) => d.internal_axon_id as string);
    const query = `("internal_axon_id" in [${[...wanted, "0".repeat(32)].map((id) => `"${id}"`).join(", ")}])`;
    const answer = await search("devices", { query, fields: [IPS], page: { limit: 2000, offset: 0 } });
    expect(ids(answer.json.assets)).toEqual([...wanted].sort());
  });
  it("finds the device with an ip, and an empty result for an escaped injection", async () => {
    const hit = await search("devices", { query: `("${IPS}" == "10.0.0.1")`, fields: [IPS], include_metadata: true });
    expect(hit.json.meta.page.totalResources).toBe(1);
    expect(hit.json.assets[0][IPS]).toContain("10.0.0.1");
    const injected = await search("devices", { query: String.raw`("${HOSTNAME}" == "\") or (\"x\" == \"x")`, include_metadata: true });
    expect(injected.status).toBe(200);
    expect(injected.json.meta.page.totalResources).toBe(0);
  });
  it("an empty body or query means every asset, 1000 per page by default", async () => {
    const answer = await call("/api/v2/assets/devices", { method: "POST", body: "" });
    expect(answer.status).toBe(200);
    expect(answer.json.assets).toHaveLength(1000);
    const blank = await search("devices", { query: "", fields: [], page: { limit: 2000, offset: 0 }, include_metadata: true });
    expect(blank.json.meta.page.totalResources).toBe(2000);
  });
  it.each([
    ["limit 0", { page: { limit: 0, offset: 0 } }, /limit/],
    ["limit 2001", { page: { limit: 2001, offset: 0 } }, /limit/],
    ["fractional limit", { page: { limit: 1.5, offset: 0 } }, /limit/],
    ["limit as text", { page: { limit: "10", offset: 0 } }, /limit/],
    ["negative offset", { page: { limit: 10, offset: -1 } }, /offset/],
    ["fields not a list", { fields: "labels" }, /fields/],
    ["query not a string", { query: 1 }, /query/],
    ["a JSON array body", [], /object/],
  ])("answers 400 for %s", async (_name, body, detail) => {
    const answer = await search("devices", body);
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0]).toMatchObject({ status: "400", title: "Bad Request" });
    expect(answer.json.errors[0].detail).toMatch(detail);
  });
  it("answers 400 for a body that is not JSON", async () => {
    const answer = await call("/api/v2/assets/users", { method: "POST", body: "{not json" });
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].detail).toMatch(/JSON/);
  });
  it("answers 400 naming the parse problem for bad AQL", async () => {
    const answer = await search("devices", { query: '("labels" == "x"' });
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].detail).toMatch(/^Invalid query: Expected '\)'/);
  });
  it("answers 400 for a regex prone to catastrophic backtracking, instead of running it", async () => {
    const answer = await search("devices", { query: '("specific_data.data.hostname" == regex("(a+)+$"))', fields: [] });
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].detail).toMatch(/^Invalid query: regex\(\) refuses a repeated group/);
    const long = await search("devices", { query: `("specific_data.data.hostname" == regex("${"a".repeat(257)}"))`, fields: [] });
    expect(long.status).toBe(400);
    expect(long.json.errors[0].detail).toMatch(/256 characters/);
  });
});

describe("simulator: enforcement sets", () => {
  it("pages the list in a stable order until a short page", async () => {
    const pages = await Promise.all([0, 15, 30].map((offset) => call(`/api/v2/enforcements?limit=15&offset=${offset}`)));
    expect(pages.map((page) => page.json.enforcements.length)).toEqual([15, 15, 10]);
    expect(pages.flatMap((page) => page.json.enforcements.map((e: { uuid: string }) => e.uuid))).toEqual(sim.data.enforcements.map((e) => e.uuid));
    expect(pages[0].json.meta).toBeUndefined();
  });
  it("serves the contract's shape", async () => {
    const answer = await call("/api/v2/enforcements");
    expect(answer.json.enforcements).toEqual(sim.data.enforcements);
    expect(Object.keys(answer.json.enforcements[0])).toEqual(["uuid", "name", "description", "actions", "triggers", "last_updated", "updated_by"]);
  });
  it.each(["limit=0", "limit=2001", "limit=abc", "limit=1.5", "offset=-1", "limit=10&offset=x"])("answers 400 for %s", async (params) => {
    const answer = await call(`/api/v2/enforcements?${params}`);
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].status).toBe("400");
  });
  it("a run answers triggered with a fresh run id, and is recorded", async () => {
    const set = sim.data.enforcements[5];
    const before = sim.runs.length;
    const first = await run(set.uuid);
    const second = await run(set.uuid);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ uuid: set.uuid, name: set.name, status: "triggered", run_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(second.json.run_id).not.toBe(first.json.run_id);
    expect(sim.runs.slice(before).map((r) => [r.uuid, r.runId])).toEqual([[set.uuid, first.json.run_id], [set.uuid, second.json.run_id]]);
    expect(sim.runs[before].at).toBeInstanceOf(Date);
  });
  it("answers 404 for an unknown uuid and records nothing", async () => {
    const before = sim.runs.length;
    const answer = await run("ffffffffffffffffffffffff");
    expect(answer.status).toBe(404);
    expect(answer.json.errors[0]).toMatchObject({ status: "404", title: "Not Found" });
    expect(sim.runs.length).toBe(before);
  });
});

describe("simulator: other routes", () => {
  it("asset_types lists devices and users", async () => {
    const answer = await call("/api/v2/assets/asset_types");
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ asset_types: ["devices", "users"] });
  });
  it.each([
    ["GET", "/api/v2/assets/devices"],
    ["POST", "/api/v2/assets/computers"],
    ["GET", "/api/v2/enforcements/abc/run"],
    ["GET", "/api/v1/devices"],
  ])("%s %s is an unknown route: 404 with an error body", async (method, path) => {
    const answer = await call(path, { method, body: method === "POST" ? {} : undefined });
    expect(answer.status).toBe(404);
    expect(answer.json.errors[0]).toMatchObject({ status: "404", title: "Not Found" });
    expect(sim.log.entries.at(-1)?.route).toBe("unknown");
  });
});

describe("simulator: request log", () => {
  it("logs every request with route, path, query, lower-cased headers, body and status", async () => {
    sim.log.clear();
    await call("/api/v2/enforcements?limit=5&offset=0", { headers: { ...AUTH, "X-Trace": "t1" } });
    await search("devices", { query: "", page: { limit: 1, offset: 0 } });
    await search("devices", {}, {});
    await call("/api/v2/assets/devices", { method: "POST", body: "<html>" });
    await call("/nowhere");
    expect(sim.log.count()).toBe(5);
    expect(sim.log.count("assets.devices")).toBe(3);
    expect(sim.log.count("enforcements.list")).toBe(1);
    expect(sim.log.count("unknown")).toBe(1);
    expect(sim.log.count("assets.users")).toBe(0);
    const [list, found, denied, invalid, unknown] = sim.log.entries;
    expect(list).toMatchObject({ route: "enforcements.list", method: "GET", path: "/api/v2/enforcements", query: { limit: "5", offset: "0" }, body: undefined, status: 200 });
    expect(list.headers["x-trace"]).toBe("t1");
    expect(list.headers["api-key"]).toBe("demo-key");
    expect(found).toMatchObject({ method: "POST", body: { query: "", page: { limit: 1, offset: 0 } }, status: 200 });
    expect(denied.status).toBe(401);
    expect(invalid).toMatchObject({ status: 400, body: undefined });
    expect(unknown).toMatchObject({ route: "unknown", path: "/nowhere", status: 404 });
    sim.log.clear();
    expect(sim.log.count()).toBe(0);
    expect(sim.log.entries).toEqual([]);
  });
});

describe("simulator: faults", () => {
  it("serves an injected status, raw body and headers, before authentication", async () => {
    sim.faults.inject("assets.devices", { status: 429, body: "<html>slow down</html>", headers: { "retry-after": "2" } });
    const answer = await search("devices", {}, {});
    expect(answer.status).toBe(429);
    expect(answer.text).toBe("<html>slow down</html>");
    expect(answer.headers.get("retry-after")).toBe("2");
    expect(answer.headers.get("content-type")).toBe("text/html");
    expect(sim.log.entries.at(-1)?.status).toBe(429);
  });
  it("serves broken JSON with a 200", async () => {
    sim.faults.inject("asset_types", { status: 200, body: '{"asset_types": [' });
    const answer = await call("/api/v2/assets/asset_types");
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('{"asset_types": [');
  });
  it("a status alone gets the contract's error body", async () => {
    sim.faults.inject("enforcements.list", { status: 503 });
    const answer = await call("/api/v2/enforcements");
    expect(answer.status).toBe(503);
    expect(answer.json).toEqual({ errors: [{ status: "503", title: "Service Unavailable", detail: "Injected fault" }] });
  });
  it("applies only to its route", async () => {
    sim.faults.inject("assets.users", { status: 500 });
    expect((await search("devices", { fields: [], page: { limit: 1, offset: 0 } })).status).toBe(200);
    expect((await search("users", {})).status).toBe(500);
  });
  it("`times` limits a fault, and faults on one route queue in order", async () => {
    sim.faults.inject("asset_types", { status: 503, times: 2 });
    sim.faults.inject("asset_types", { status: 502, times: 1 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call("/api/v2/assets/asset_types")).status);
    expect(statuses).toEqual([503, 503, 502, 200]);
  });
  it("a fault without `times` lasts until clear()", async () => {
    sim.faults.inject("asset_types", { status: 500 });
    expect((await call("/api/v2/assets/asset_types")).status).toBe(500);
    expect((await call("/api/v2/assets/asset_types")).status).toBe(500);
    sim.faults.clear();
    expect((await call("/api/v2/assets/asset_types")).status).toBe(200);
  });
  it("refuses a fault with a bad `times`", () => {
    expect(() => sim.faults.inject("asset_types", { status: 500, times: 0 })).toThrow(RangeError);
    expect(() => sim.faults.inject("asset_types", { status: 500, times: 1.5 })).toThrow(RangeError);
  });
  it("hang never answers: the request waits until the client gives up", async () => {
    sim.faults.inject("assets.devices", { hang: true, times: 1 });
    const before = sim.log.count("assets.devices");
    const client = new AbortController();
    const hung = track(call("/api/v2/assets/devices", { method: "POST", body: {}, signal: client.signal }));
    await received(sim, "assets.devices", before + 1);
    const entry = sim.log.entries.at(-1);
    // Another request on the same route is served in full while the hung one still has no answer.
    expect((await search("devices", { fields: [], page: { limit: 1, offset: 0 } })).status).toBe(200);
    expect(hung.settled()).toBe(false);
    expect(entry).toMatchObject({ route: "assets.devices", status: 0 });
    client.abort();
    await expect(hung.promise).rejects.toMatchObject({ name: "AbortError" });
    expect(entry?.status).toBe(0);
  });
  it("reset destroys the connection without an answer", async () => {
    sim.faults.inject("enforcements.list", { reset: true, times: 1 });
    const before = sim.log.count("enforcements.list");
    await expect(call("/api/v2/enforcements")).rejects.toThrow(TypeError);
    expect(sim.log.count("enforcements.list")).toBe(before + 1);
    expect(sim.log.entries.at(-1)?.status).toBe(0);
    expect((await call("/api/v2/enforcements")).status).toBe(200);
  });
  it("a faulted run records no run", async () => {
    const uuid = sim.data.enforcements[0].uuid;
    const before = sim.runs.length;
    const calls = sim.log.count("enforcements.run");
    sim.faults.inject("enforcements.run", { status: 500, times: 1 });
    sim.faults.inject("enforcements.run", { status: 200, body: "{}", times: 1 });
    sim.faults.inject("enforcements.run", { reset: true, times: 1 });
    sim.faults.inject("enforcements.run", { hang: true, times: 1 });
    expect((await run(uuid)).status).toBe(500);
    expect((await run(uuid)).text).toBe("{}");
    await expect(run(uuid)).rejects.toThrow(TypeError);
    const client = new AbortController();
    const hung = track(run(uuid, client.signal));
    await received(sim, "enforcements.run", calls + 4);
    client.abort();
    await expect(hung.promise).rejects.toMatchObject({ name: "AbortError" });
    expect(sim.runs.length).toBe(before);
    expect(sim.log.count("enforcements.run")).toBe(calls + 4);
  });
  it("a delay fault holds its answer back while other requests are served", async () => {
    const other = await startSimulator({ sizes: SMALL });
    const uuid = other.data.enforcements[0].uuid;
    let delayedRun, delayedFailure;
    try {
      other.faults.inject("enforcements.run", { delayMs: FOREVER, times: 1 });
      other.faults.inject("asset_types", { delayMs: FOREVER, status: 504, times: 1 });
      delayedRun = track(call(`/api/v2/enforcements/${uuid}/run`, { method: "POST", target: other }));
      delayedFailure = track(call("/api/v2/assets/asset_types", { target: other }));
      await received(other, "enforcements.run", 1);
      await received(other, "asset_types", 1);
      // The faults are used up: the next requests on the same routes are served at once, in full.
      const second = await call(`/api/v2/enforcements/${uuid}/run`, { method: "POST", target: other });
      expect(second.json.status).toBe("triggered");
      expect((await call("/api/v2/assets/asset_types", { target: other })).status).toBe(200);
      expect(delayedRun.settled()).toBe(false);
      expect(delayedFailure.settled()).toBe(false);
      expect(other.log.entries.map((entry) => [entry.route, entry.status])).toEqual([
        ["enforcements.run", 0],
        ["asset_types", 0],
        ["enforcements.run", 200],
        ["asset_types", 200],
      ]);
      expect(other.runs.map((record) => record.runId)).toEqual([second.json.run_id]);
    } finally {
      await other.close();
    }
    // close() drops requests still waiting out a delay; the delayed run never ran.
    await expect(delayedRun.promise).rejects.toThrow(TypeError);
    await expect(delayedFailure.promise).rejects.toThrow(TypeError);
    expect(other.runs).toHaveLength(1);
  });
  it("a pure delay fault then serves normally (a run still runs)", async () => {
    const uuid = sim.data.enforcements[1].uuid;
    const before = sim.runs.length;
    sim.faults.inject("enforcements.run", { delayMs: 20, times: 1 });
    const answer = await run(uuid);
    expect(sim.faults.take("enforcements.run")).toBeUndefined();
    expect(answer.json.status).toBe("triggered");
    expect(sim.runs.length).toBe(before + 1);
    expect(sim.runs.at(-1)?.runId).toBe(answer.json.run_id);
    expect(sim.log.entries.at(-1)).toMatchObject({ route: "enforcements.run", status: 200 });
  });
  it("a delay with a status then fails with it", async () => {
    sim.faults.inject("asset_types", { delayMs: 20, status: 504, times: 1 });
    expect((await call("/api/v2/assets/asset_types")).status).toBe(504);
    expect(sim.faults.take("asset_types")).toBeUndefined();
    expect(sim.log.entries.at(-1)).toMatchObject({ route: "asset_types", status: 504 });
  });
});

describe("simulator: delay and close", () => {
  it("setDelay holds back every response that starts after it; a range too", async () => {
    const other = await startSimulator({ sizes: SMALL });
    let fixed, ranged;
    try {
      other.setDelay(FOREVER);
      fixed = track(call("/api/v2/assets/asset_types", { target: other }));
      await received(other, "asset_types", 1);
      other.setDelay([FOREVER, FOREVER + 10_000]);
      ranged = track(call("/api/v2/enforcements", { target: other }));
      await received(other, "enforcements.list", 1);
      other.setDelay(0);
      expect((await call("/api/v2/assets/asset_types", { target: other })).status).toBe(200);
      expect(fixed.settled()).toBe(false);
      expect(ranged.settled()).toBe(false);
      expect(other.log.entries.map((entry) => entry.status)).toEqual([0, 0, 200]);
      expect(() => other.setDelay(-1)).toThrow(RangeError);
    } finally {
      await other.close();
    }
    await expect(fixed.promise).rejects.toThrow(TypeError);
    await expect(ranged.promise).rejects.toThrow(TypeError);
  });
  it("a short delay range still serves the normal answer", async () => {
    sim.setDelay([1, 5]);
    const answer = await call("/api/v2/assets/asset_types");
    expect(answer.json).toEqual({ asset_types: ["devices", "users"] });
  });
  it("delayMs at start-up applies from the first request", async () => {
    const slow = await startSimulator({ delayMs: FOREVER, sizes: SMALL });
    let first;
    try {
      first = track(call("/api/v2/assets/asset_types", { target: slow }));
      await received(slow, "asset_types", 1);
      slow.setDelay(0);
      expect((await call("/api/v2/assets/asset_types", { target: slow })).status).toBe(200);
      expect(first.settled()).toBe(false);
      expect(slow.log.entries.map((entry) => entry.status)).toEqual([0, 200]);
    } finally {
      await slow.close();
    }
    await expect(first.promise).rejects.toThrow(TypeError);
  });
  it("close() ends hung requests and stops listening", async () => {
    const other = await startSimulator({ sizes: SMALL });
    other.faults.inject("asset_types", { hang: true });
    const hung = track(call("/api/v2/assets/asset_types", { target: other }));
    await received(other, "asset_types", 1);
    expect(hung.settled()).toBe(false);
    await expect(other.close()).resolves.toBeUndefined();
    await expect(hung.promise).rejects.toThrow(TypeError);
    await expect(call("/api/v2/assets/asset_types", { target: other })).rejects.toThrow(TypeError);
    await expect(other.close()).resolves.toBeUndefined();
  });
  it("a different seed serves different data", async () => {
    const other = await startSimulator({ seed: "other", sizes: { devices: 5, users: 5, enforcements: 2 } });
    try {
      const answer = await call("/api/v2/assets/devices", { method: "POST", body: { fields: [] }, target: other });
      expect(ids(answer.json.assets)).toEqual(ids(other.data.devices));
      expect(ids(other.data.devices)).not.toEqual(ids(sim.data.devices.slice(0, 5)));
    } finally {
      await other.close();
    }
  });
});

describe("simulator: maxLogEntries", () => {
  it("keeps only the newest log entries and runs, while counts stay exact", async () => {
    const capped = await startSimulator({ maxLogEntries: 3, sizes: SMALL });
    try {
      const uuid = capped.data.enforcements[0].uuid;
      const live = capped.runs;
      for (let i = 0; i < 2; i++) expect((await call("/api/v2/assets/asset_types", { target: capped })).status).toBe(200);
      const runIds: string[] = [];
      for (let i = 0; i < 5; i++) runIds.push((await call(`/api/v2/enforcements/${uuid}/run`, { method: "POST", target: capped })).json.run_id);
      expect((await call("/api/v2/enforcements", { target: capped })).status).toBe(200);

      expect(capped.log.entries.map((entry) => entry.route)).toEqual(["enforcements.run", "enforcements.run", "enforcements.list"]);
      expect(capped.log.count()).toBe(8);
      expect(capped.log.count("asset_types")).toBe(2);
      expect(capped.log.count("enforcements.run")).toBe(5);
      expect(capped.log.count("enforcements.list")).toBe(1);
      expect(capped.runs).toBe(live);
      expect(capped.runs.map((record) => record.runId)).toEqual(runIds.slice(-3));
    } finally {
      await capped.close();
    }
  });
});
