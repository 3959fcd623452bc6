/**
 * The Axonius client against the simulator over real HTTP on loopback: the exact requests it sends
 * (from the simulator's log) and what it makes of the answers (compared with the simulator's data).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AxoniusClient, AxoniusError, aql } from "../../src/axonius/index.js";
import { startSimulator, type LoggedRequest, type RunningSimulator } from "../../src/simulator/index.js";

const API_KEY = "k-SECRET-KEY-123";
const API_SECRET = "s-SECRET-VALUE-456";
const HOSTNAME = "specific_data.data.hostname";
const IPS = "specific_data.data.network_interfaces.ips";
const MACS = "specific_data.data.network_interfaces.mac";
const OS_TYPE = "specific_data.data.os.type";
const USERNAME = "specific_data.data.username";
const ALWAYS = ["internal_axon_id", "adapters", "adapter_list_length"];
const INJECTION = '") or ("x" == "x';
const UNKNOWN_ID = "ffffffffffffffffffffffffffffff00";

let sim: RunningSimulator;
let client: AxoniusClient;

beforeAll(async () => {
  sim = await startSimulator({ apiKey: API_KEY, apiSecret: API_SECRET, seed: 7, sizes: { devices: 5000, users: 150, enforcements: 4100 } });
  client = new AxoniusClient({ url: sim.url, apiKey: API_KEY, apiSecret: API_SECRET }, { retryBaseDelayMs: 1 });
});
afterAll(async () => {
  await client.close();
  await sim.close();
});
beforeEach(() => {
  sim.log.clear();
  sim.faults.clear();
});

/** A field as a list: the simulator (like Axonius) may hold a lone value, null, or nothing. */
const asList = (value: unknown): unknown[] => (value == null ? [] : Array.isArray(value) ? value : [value]);
const ids = (assets: ReadonlyArray<Record<string, unknown>>) => assets.map((asset) => asset.internal_axon_id as string);
const sorted = (values: readonly string[]) => [...values].sort();

/** What the simulator must return for these fields: the always-returned ones plus those the record has. */
function project(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries([...ALWAYS, ...fields].filter((f) => Object.hasOwn(record, f)).map((f) => [f, record[f]]));
}

function expectAuthHeaders(entry: LoggedRequest, json: boolean): void {
  expect(entry.headers["api-key"]).toBe(API_KEY);
  expect(entry.headers["api-secret"]).toBe(API_SECRET);
  expect(entry.headers.accept).toBe("application/json");
  expect(entry.headers.authorization).toBeUndefined();
  if (json) expect(entry.headers["content-type"]).toBe("application/json");
  else expect(entry.headers["content-type"]).toBeUndefined();
}

function only(route: LoggedRequest["route"]): LoggedRequest {
  expect(sim.log.entries.map((e) => e.route)).toEqual([route]);
  return sim.log.entries[0];
}

describe("searchAssets", () => {
  it("POSTs query, fields and page to /api/v2/assets/devices and returns that page with the total", async () => {
    const query = `(${aql.literal(OS_TYPE)} == "Windows")`;
    const fields = [HOSTNAME, IPS];
    const page = await client.searchAssets("devices", { query, fields, limit: 7, offset: 3 });

    const entry = only("assets.devices");
    expect(entry.method).toBe("POST");
    expect(entry.path).toBe("/api/v2/assets/devices");
    expect(entry.query).toEqual({});
    expect(entry.body).toEqual({ query, fields, page: { limit: 7, offset: 3 }, include_metadata: true });
    expectAuthHeaders(entry, true);
    expect(entry.status).toBe(200);

    const windows = sim.data.devices.filter((d) => asList(d[OS_TYPE]).includes("Windows"));
    expect(windows.length).toBeGreaterThan(10);
    expect(page.total).toBe(windows.length);
    expect(page.assets).toEqual(windows.slice(3, 10).map((d) => project(d, fields)));
  });

  it("sends an absent query as \"\" and no fields key when fields are absent: every asset, every field", async () => {
    const page = await client.searchAssets("devices", { limit: 2, offset: 4998 });
    expect(only("assets.devices").body).toEqual({ query: "", page: { limit: 2, offset: 4998 }, include_metadata: true });
    expect(page.total).toBe(5000);
    expect(page.assets).toEqual(sim.data.devices.slice(4998));
  });

  it("sends fields [] as [\"internal_axon_id\"] and gets only the always-returned fields", async () => {
    const page = await client.searchAssets("devices", { query: "", fields: [], limit: 3, offset: 0 });
    expect(only("assets.devices").body).toEqual({ query: "", fields: ["internal_axon_id"], page: { limit: 3, offset: 0 }, include_metadata: true });
    expect(page.assets).toEqual(sim.data.devices.slice(0, 3).map((d) => project(d, [])));
    expect(Object.keys(page.assets[0]).sort()).toEqual([...ALWAYS].sort());
  });

  it("searches users at /api/v2/assets/users", async () => {
    const fields = [USERNAME, "specific_data.data.mail"];
    const page = await client.searchAssets("users", { fields, limit: 2000, offset: 0 });
    const entry = only("assets.users");
    expect(entry.path).toBe("/api/v2/assets/users");
    expect(entry.body).toEqual({ query: "", fields, page: { limit: 2000, offset: 0 }, include_metadata: true });
    expect(page.total).toBe(150);
    expect(page.assets).toEqual(sim.data.users.map((u) => project(u, fields)));
  });

  it("passes odd shapes through untouched (lone values, null, [])", async () => {
    const odd = sim.data.devices.filter((d) => typeof d[HOSTNAME] === "string" || d[IPS] === null);
    expect(odd.length).toBeGreaterThan(0);
    const page = await client.searchAssets("devices", { query: aql.idsIn(ids(odd)), limit: 2000, offset: 0 });
    expect(page.assets).toEqual(odd);
  });

  it("returns an empty page past the end", async () => {
    expect(await client.searchAssets("devices", { limit: 10, offset: 6000 })).toEqual({ assets: [], total: 5000 });
  });

  it("strips a trailing slash from the server URL", async () => {
    const slashed = new AxoniusClient({ url: `${sim.url}//`, apiKey: API_KEY, apiSecret: API_SECRET });
    try {
      expect((await slashed.searchAssets("users", { limit: 1, offset: 0 })).total).toBe(150);
      expect(only("assets.users").path).toBe("/api/v2/assets/users");
    } finally {
      await slashed.close();
    }
  });
});

describe("onCall", () => {
  it("reports each logical call once, with its operation and outcome, retries included", async () => {
    const calls: Array<[string, string]> = [];
    const observed = new AxoniusClient(
      { url: sim.url, apiKey: API_KEY, apiSecret: API_SECRET },
      { retryBaseDelayMs: 1, onCall: ({ operation, outcome }) => calls.push([operation, outcome]) },
    );
    try {
      await observed.testConnection();
      sim.faults.inject("assets.devices", { status: 503, times: 1 });
      await observed.searchAssets("devices", { limit: 1, offset: 0, fields: [] });
      sim.faults.inject("enforcements.run", { status: 404, times: 1 });
      await observed.runEnforcement(sim.data.enforcements[0].uuid).catch(() => undefined);
      expect(calls).toEqual([
        ["testConnection", "ok"],
        ["searchAssets", "ok"],
        ["runEnforcement", "UPSTREAM_NOT_FOUND"],
      ]);
      expect(sim.log.count("assets.devices")).toBe(2);
    } finally {
      await observed.close();
    }
  });
});

describe("searchAllAssets", () => {
  it("pages 2000 at a time until the total: 5000 devices in 3 calls at offsets 0, 2000, 4000", async () => {
    const all = await client.searchAllAssets("devices", { query: "", fields: [] });
    expect(all.map((a) => a.internal_axon_id)).toEqual(sim.data.devices.map((d) => d.internal_axon_id));
    const pages = sim.log.entries.map((e) => (e.body as { page: { limit: number; offset: number } }).page);
    expect(pages).toEqual([0, 2000, 4000].map((offset) => ({ limit: 2000, offset })));
  });

  it("makes one call when the first page holds every match", async () => {
    const all = await client.searchAllAssets("users", { query: "" });
    expect(all).toHaveLength(150);
    expect(sim.log.count("assets.users")).toBe(1);
  });
});

describe("assetsByIds", () => {
  it("looks 4500 ids up in 3 chunks of at most 2000, one call each; unknown ids are absent", async () => {
    const wanted = sim.data.devices.filter((_, i) => i % 10 !== 0).slice(0, 4497);
    const asked = [...ids(wanted), UNKNOWN_ID, "0".repeat(32), "not-an-id"];
    expect(asked).toHaveLength(4500);
    const fields = [HOSTNAME];

    const assets = await client.assetsByIds("devices", asked, fields);

    expect(sim.log.count("assets.devices")).toBe(Math.ceil(4500 / 2000));
    expect(sim.log.entries).toHaveLength(3);
    const queried: string[] = [];
    for (const entry of sim.log.entries) {
      const body = entry.body as { query: string; fields: string[]; page: { limit: number; offset: number } };
      const chunk = [...body.query.matchAll(/"([^"]+)"/g)].map((m) => m[1]).slice(1);
      expect(body.query).toBe(aql.idsIn(chunk));
      expect(body.fields).toEqual(fields);
      expect(body.page).toEqual({ limit: chunk.length, offset: 0 });
      expect(chunk.length).toBeLessThanOrEqual(2000);
      expectAuthHeaders(entry, true);
      queried.push(...chunk);
    }
    expect(sorted(queried)).toEqual(sorted(asked));
    expect(sorted(ids(assets))).toEqual(sorted(ids(wanted)));
    const byId = new Map(sim.data.devices.map((d) => [d.internal_axon_id as string, d]));
    for (const asset of assets) expect(asset).toEqual(project(byId.get(asset.internal_axon_id)!, fields));
  });

  it("asks once per distinct id", async () => {
    const [a, b] = ids(sim.data.users);
    const users = await client.assetsByIds("users", [a, b, a, a, b]);
    expect(sim.log.count("assets.users")).toBe(1);
    expect(only("assets.users").body).toEqual({ query: aql.idsIn([a, b]), page: { limit: 2, offset: 0 }, include_metadata: true });
    expect(users).toEqual(sim.data.users.slice(0, 2));
  });

  it("makes no call for no ids, and returns [] when none is known", async () => {
    expect(await client.assetsByIds("devices", [])).toEqual([]);
    expect(sim.log.count()).toBe(0);
    expect(await client.assetsByIds("devices", [UNKNOWN_ID, INJECTION])).toEqual([]);
    expect(sim.log.count("assets.devices")).toBe(1);
  });
});

describe("listEnforcements", () => {
  it("pages with limit 2000 until a short page: 4100 sets in 3 GETs at offsets 0, 2000, 4000", async () => {
    const sets = await client.listEnforcements();
    expect(sim.log.entries.map((e) => [e.method, e.path, e.query, e.body])).toEqual([
      ["GET", "/api/v2/enforcements", { limit: "2000", offset: "0" }, undefined],
      ["GET", "/api/v2/enforcements", { limit: "2000", offset: "2000" }, undefined],
      ["GET", "/api/v2/enforcements", { limit: "2000", offset: "4000" }, undefined],
    ]);
    for (const entry of sim.log.entries) expectAuthHeaders(entry, false);
    expect(sets).toHaveLength(4100);
    expect(sets.map((s) => s.uuid)).toEqual(sim.data.enforcements.map((s) => s.uuid));
  });

  it("maps a set with a trigger and a set without one exactly", async () => {
    const sets = await client.listEnforcements();
    const withTrigger = sim.data.enforcements.find((s) => s.triggers.length > 0 && s.triggers[0].last_triggered)!;
    const manual = sim.data.enforcements.find((s) => s.triggers.length === 0)!;
    const trigger = withTrigger.triggers[0];
    expect(sets.find((s) => s.uuid === withTrigger.uuid)).toEqual({
      uuid: withTrigger.uuid,
      name: withTrigger.name,
      description: withTrigger.description,
      actionName: withTrigger.actions.main.name,
      actionType: withTrigger.actions.main.action.action_name,
      category: withTrigger.actions.main.action.category,
      assetType: trigger.view.entity,
      triggerQueryName: trigger.view.name,
      period: trigger.period,
      lastTriggered: new Date(trigger.last_triggered!),
      timesTriggered: trigger.times_triggered,
      lastUpdated: new Date(withTrigger.last_updated),
      updatedBy: withTrigger.updated_by,
    });
    expect(sets.find((s) => s.uuid === manual.uuid)).toEqual({
      uuid: manual.uuid,
      name: manual.name,
      description: manual.description,
      actionName: manual.actions.main.name,
      actionType: manual.actions.main.action.action_name,
      category: manual.actions.main.action.category,
      assetType: null,
      triggerQueryName: null,
      period: null,
      lastTriggered: null,
      timesTriggered: null,
      lastUpdated: new Date(manual.last_updated),
      updatedBy: manual.updated_by,
    });
  });

  it("asks once more after a full last page, and once for an empty list", async () => {
    for (const [count, calls] of [[2000, 2], [0, 1], [1999, 1]] as const) {
      const small = await startSimulator({ apiKey: API_KEY, apiSecret: API_SECRET, sizes: { devices: 0, users: 0, enforcements: count } });
      const smallClient = new AxoniusClient({ url: small.url, apiKey: API_KEY, apiSecret: API_SECRET });
      try {
        expect(await smallClient.listEnforcements()).toHaveLength(count);
        expect(small.log.count("enforcements.list")).toBe(calls);
      } finally {
        await smallClient.close();
        await small.close();
      }
    }
  });
});

describe("runEnforcement", () => {
  it("POSTs once with no body and returns the receipt of the one run started", async () => {
    const set = sim.data.enforcements[5];
    const runsBefore = sim.runs.length;
    const receipt = await client.runEnforcement(set.uuid);

    const entry = only("enforcements.run");
    expect(entry.method).toBe("POST");
    expect(entry.path).toBe(`/api/v2/enforcements/${set.uuid}/run`);
    expect(entry.query).toEqual({});
    expect(entry.body).toBeUndefined();
    expect(entry.headers["content-length"] ?? "0").toBe("0");
    expectAuthHeaders(entry, false);

    expect(sim.runs).toHaveLength(runsBefore + 1);
    const run = sim.runs[sim.runs.length - 1];
    expect(receipt).toEqual({ uuid: set.uuid, name: set.name, status: "triggered", runId: run.runId });
    expect(run.uuid).toBe(set.uuid);
    expect(receipt.runId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("starts a new run on every call", async () => {
    const uuid = sim.data.enforcements[0].uuid;
    const first = await client.runEnforcement(uuid);
    const second = await client.runEnforcement(uuid);
    expect(first.runId).not.toBe(second.runId);
    expect(sim.log.count("enforcements.run")).toBe(2);
  });

  it("reports an unknown uuid as UPSTREAM_NOT_FOUND, asked once, no run", async () => {
    const runsBefore = sim.runs.length;
    const error = await client.runEnforcement("000000000000000000000000").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AxoniusError);
    expect(error).toMatchObject({ code: "UPSTREAM_NOT_FOUND", statusCode: 404 });
    expect(sim.log.count("enforcements.run")).toBe(1);
    expect(sim.runs).toHaveLength(runsBefore);
  });

  it("encodes the uuid as one path segment", async () => {
    const error = await client.runEnforcement("a/../b?c").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "UPSTREAM_NOT_FOUND", statusCode: 404 });
    const entry = only("enforcements.run");
    expect(entry.path).toBe("/api/v2/enforcements/a%2F..%2Fb%3Fc/run");
    expect(entry.query).toEqual({});
  });
  it("never sends a uuid that URL resolution would turn into another path", async () => {
    for (const uuid of ["", ".", ".."]) {
      const error = await client.runEnforcement(uuid).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AxoniusError);
      expect(error).toMatchObject({ code: "UPSTREAM_NOT_FOUND", statusCode: undefined });
    }
    expect(sim.log.count()).toBe(0);
  });
});

describe("testConnection", () => {
  it("GETs /api/v2/assets/asset_types and returns the types", async () => {
    const check = await client.testConnection();
    expect(check.assetTypes).toEqual(["devices", "users"]);
    expect(Number.isInteger(check.latencyMs) && check.latencyMs >= 0).toBe(true);
    const entry = only("asset_types");
    expect([entry.method, entry.path, entry.query, entry.body]).toEqual(["GET", "/api/v2/assets/asset_types", {}, undefined]);
    expectAuthHeaders(entry, false);
  });

  it("fails with UPSTREAM_UNAUTHORIZED (401) on a wrong secret, without retrying", async () => {
    const wrong = new AxoniusClient({ url: sim.url, apiKey: API_KEY, apiSecret: "s-WRONG-SECRET-789" }, { retryBaseDelayMs: 1 });
    try {
      const error = await wrong.testConnection().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "UPSTREAM_UNAUTHORIZED", statusCode: 401 });
      expect(sim.log.count("asset_types")).toBe(1);
      expect(sim.log.entries[0].headers["api-secret"]).toBe("s-WRONG-SECRET-789");
      expect(String(error)).not.toContain("s-WRONG-SECRET-789");
    } finally {
      await wrong.close();
    }
  });
});

describe("AQL builders against the simulator", () => {
  const search = async (query: string) => (await client.searchAssets("devices", { query, fields: [], limit: 2000, offset: 0 })).assets;
  const searchUsers = async (query: string) => (await client.searchAssets("users", { query, fields: [], limit: 2000, offset: 0 })).assets;
  const idsWhere = (records: ReadonlyArray<Record<string, unknown>>, test: (r: Record<string, unknown>) => boolean) =>
    sorted(ids(records.filter(test)));

  it("ipsIn finds every device holding one of the addresses, IPv6 in any case and notation", async () => {
    const v6 = sim.data.devices.find((d) => asList(d[IPS]).some((ip) => String(ip).includes(":")))!;
    const ip6 = asList(v6[IPS]).find((ip) => String(ip).includes(":")) as string;
    const expanded = expandIpv6(ip6).toUpperCase();
    expect(expanded).not.toBe(ip6);
    const wanted = ["10.0.0.1", expanded];
    const found = await search(aql.ipsIn(wanted));
    const expected = idsWhere(sim.data.devices, (d) => asList(d[IPS]).some((ip) => ip === "10.0.0.1" || ip === ip6));
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(sorted(ids(found))).toEqual(expected);
  });

  it("hostnamesIn matches whole names case-insensitively", async () => {
    const names = sim.data.devices.slice(0, 3).map((d) => String(asList(d[HOSTNAME])[0]));
    const asked = names.map((n, i) => (i === 0 ? n.toLowerCase() : i === 1 ? n.toUpperCase() : n));
    const found = await search(aql.hostnamesIn(asked));
    const lower = names.map((n) => n.toLowerCase());
    const expected = idsWhere(sim.data.devices, (d) => asList(d[HOSTNAME]).some((h) => lower.includes(String(h).toLowerCase())));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(sorted(ids(found))).toEqual(expected);
  });

  it("hostnamesIn escapes regex metacharacters: '.', '.*' and a prefix match nothing", async () => {
    const name = sim.data.devices.map((d) => String(asList(d[HOSTNAME])[0])).find((h) => /^WKS-\d+$/.test(h))!;
    expect(await search(aql.hostnamesIn([name.replace("-", ".")]))).toEqual([]);
    expect(await search(aql.hostnamesIn([".*"]))).toEqual([]);
    expect(await search(aql.hostnamesIn([name.slice(0, -1)]))).not.toContainEqual(expect.objectContaining({ [HOSTNAME]: [name] }));
    expect(await search(aql.hostnamesIn(["(", "[", "\\"]))).toEqual([]);
    expect(sim.log.entries.every((e) => e.status === 200)).toBe(true);
  });

  it("macsIn finds devices whatever the notation", async () => {
    const [a, b, c] = sim.data.devices.filter((d) => asList(d[MACS]).length > 0).slice(0, 3).map((d) => String(asList(d[MACS])[0]));
    const asked = [a.toLowerCase().replace(/:/g, "-"), b.replace(/:/g, "").toLowerCase(), c.replace(/:/g, "").replace(/(.{4})(?!$)/g, "$1.")];
    const found = await search(aql.macsIn(asked));
    const expected = idsWhere(sim.data.devices, (d) => asList(d[MACS]).some((m) => [a, b, c].includes(String(m))));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(sorted(ids(found))).toEqual(expected);
  });

  it("idsIn finds exactly the known ids, devices and users apart", async () => {
    const wanted = [sim.data.devices[0], sim.data.devices[4999]].map((d) => d.internal_axon_id as string);
    const userId = sim.data.users[0].internal_axon_id as string;
    expect(ids(await search(aql.idsIn([...wanted, userId, UNKNOWN_ID])))).toEqual(wanted);
  });

  it("usernameIs and usernamesIn find users by exact (case-sensitive) name", async () => {
    const names = sim.data.users.slice(0, 4).map((u) => String(asList(u[USERNAME])[0]));
    const byName = (wanted: string[]) => idsWhere(sim.data.users, (u) => asList(u[USERNAME]).some((n) => wanted.includes(String(n))));
    expect(sorted(ids(await searchUsers(aql.usernameIs(names[0]))))).toEqual(byName([names[0]]));
    expect(byName([names[0]])).toHaveLength(1);
    expect(sorted(ids(await searchUsers(aql.usernamesIn(names))))).toEqual(byName(names));
    expect(await searchUsers(aql.usernameIs(names[0].toUpperCase()))).toEqual([]);
  });

  it("keeps an injected `\") or (\"x\" == \"x` a literal: no results, where the unescaped query returns everything", async () => {
    expect(await searchUsers(aql.usernameIs(INJECTION))).toEqual([]);
    expect(await searchUsers(aql.usernamesIn([INJECTION]))).toEqual([]);
    expect(await search(aql.hostnamesIn([INJECTION]))).toEqual([]);
    expect(await search(aql.macsIn([INJECTION]))).toEqual([]);
    expect(await search(aql.ipsIn([INJECTION]))).toEqual([]);
    expect(await search(aql.idsIn([INJECTION]))).toEqual([]);
    expect(await searchUsers(aql.usernameIs(`\\${INJECTION}`))).toEqual([]);
    expect(sim.log.entries.every((e) => e.status === 200)).toBe(true);
  });

  it("keeps an injection that would widen the query a literal", async () => {
    const widen = 'nobody") or ("internal_axon_id" != "';
    // Pasted in unescaped, it matches every user: the escaping is what stops it.
    expect(await searchUsers(`("${USERNAME}" == "${widen}")`)).toHaveLength(150);
    expect(await searchUsers(aql.usernameIs(widen))).toEqual([]);
    expect(await search(aql.hostnamesIn([widen]))).toEqual([]);
    expect(await search(aql.and(aql.ipsIn([widen]), aql.macsIn([widen])))).toEqual([]);
  });

  it("and() keeps a raw query's `or` inside its parentheses", async () => {
    const [first, second] = sim.data.devices;
    const raw = `("${OS_TYPE}" == "no such OS") or ("internal_axon_id" == "${second.internal_axon_id}")`;
    const firstIp = String(asList(first[IPS])[0]);
    expect(await search(aql.and(aql.ipsIn([firstIp]), raw))).toEqual([]);
    expect(ids(await search(aql.and(aql.idsIn([second.internal_axon_id as string]), raw)))).toEqual([second.internal_axon_id]);
  });
});

/** "fe80::1" → "fe80:0:0:0:0:0:0:1", to ask for an address in a notation Axonius does not store. */
function expandIpv6(ip: string): string {
  const [head, tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  return [...left, ...Array(8 - left.length - right.length).fill("0"), ...right].join(":");
}
