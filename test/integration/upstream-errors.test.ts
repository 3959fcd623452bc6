/**
 * Every upstream failure reaches the caller with the contract's code, extensions.statusCode when Axonius
 * answered, and the D3 wording "<Command> failed. <reason>"; a failing nested field nulls only itself.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { RouteKey } from "../../src/simulator/index.js";
import { graphql } from "../generated/index.js";
import { SECRETS, useHarness } from "../support/harness.js";
import { DEVICE, onlyError, strings } from "./helpers.js";

// Short timeouts so that a hang costs little; ky's own timeout fires first and is never retried.
const h = useHarness({ client: { requestTimeoutMs: 1_000, headersTimeoutMs: 5_000 } });
beforeEach(() => {
  vi.restoreAllMocks();
  h.sim.faults.clear();
  h.sim.log.clear();
});

const SearchDevices = graphql(`
  query ErrSearchDevices($filter: DeviceFilter) { searchDevices(filter: $filter, limit: 5) { totalCount items { id } } }
`);
const Device = graphql(`query ErrDevice($id: ID!) { device(id: $id) { id hostname } }`);
const DevicesByIds = graphql(`query ErrDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }`);
const User = graphql(`query ErrUser($id: ID!) { user(id: $id) { id } }`);
const SearchUsers = graphql(`query ErrSearchUsers { searchUsers(limit: 5) { totalCount } }`);
const Enforcement = graphql(`query ErrEnforcement($id: ID!) { enforcement(id: $id) { id name } }`);
const EnforcementsByIds = graphql(`query ErrEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }`);
const SearchEnforcements = graphql(`query ErrSearchEnforcements { searchEnforcements { totalCount } }`);
const TestConnection = graphql(`
  query ErrTestConnection { testConnection { ok serverUrl apiVersion latencyMs error { code statusCode message } } }
`);

const device = () => h.sim.data.devices[0];

/** Asserts one top-level error with the code, status and D3 message; returns it. */
function expectUpstreamError(res: { body: { data?: unknown; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> } }, code: string, statusCode: number | undefined, command: string) {
  const error = onlyError(res as never);
  expect(error.extensions?.code, error.message).toBe(code);
  if (code === "UPSTREAM_BAD_RESPONSE") {
    // Axonius answered, with a 2xx: "statusCode when Axonius answered" holds for it too.
    expect(error.extensions?.statusCode).toBe(200);
  } else if (statusCode === undefined) expect(error.extensions).not.toHaveProperty("statusCode");
  else expect(error.extensions?.statusCode).toBe(statusCode);
  expect(error.message.startsWith(`${command} failed. `), error.message).toBe(true);
  expect(error.message.length).toBeGreaterThan(`${command} failed. `.length);
  expect(error.extensions).not.toHaveProperty("stacktrace");
  return error;
}

describe("HTTP statuses from Axonius, on searchDevices (Search Endpoints)", () => {
  const cases: Array<[status: number, code: string, calls: number]> = [
    [401, "UPSTREAM_UNAUTHORIZED", 1],
    [403, "UPSTREAM_FORBIDDEN", 1],
    [404, "UPSTREAM_NOT_FOUND", 1],
    [422, "UPSTREAM_BAD_REQUEST", 1],
    [500, "UPSTREAM_UNAVAILABLE", 3],
    [502, "UPSTREAM_UNAVAILABLE", 3],
    [503, "UPSTREAM_UNAVAILABLE", 3],
  ];
  for (const [status, code, calls] of cases) {
    it(`${status} → ${code}${calls > 1 ? " after retries" : ", not retried"}`, async () => {
      h.sim.faults.inject("assets.devices", { status });
      const res = await h.request(SearchDevices, {});
      expect(res.status).toBe(200);
      expectUpstreamError(res, code, status, "Search Endpoints");
      expect(res.body.data).toBeNull();
      expect(h.sim.log.count("assets.devices")).toBe(calls);
    });
  }

  it("a 503 that passes recovers on retry, invisibly", async () => {
    h.sim.faults.inject("assets.devices", { status: 503, times: 1 });
    const res = await h.request(SearchDevices, {});
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.searchDevices.totalCount).toBe(300);
    expect(h.sim.log.count("assets.devices")).toBe(2);
  });

  it("bad AQL → UPSTREAM_BAD_REQUEST (400) with a short reason", async () => {
    const res = await h.request(SearchDevices, { filter: { aql: '("specific_data.data.hostname" == )' } });
    const error = expectUpstreamError(res, "UPSTREAM_BAD_REQUEST", 400, "Search Endpoints");
    expect(error.message.length).toBeLessThan(400);
    expect(h.sim.log.count("assets.devices")).toBe(1);
  });

  it("429 with Retry-After beyond the client's cap → UPSTREAM_RATE_LIMITED with retryAfterSeconds, at once", async () => {
    h.sim.faults.inject("assets.devices", { status: 429, headers: { "retry-after": "120" } });
    const res = await h.request(SearchDevices, {});
    const error = expectUpstreamError(res, "UPSTREAM_RATE_LIMITED", 429, "Search Endpoints");
    expect(error.extensions?.retryAfterSeconds).toBe(120);
    expect(h.sim.log.count("assets.devices")).toBe(1);
  });

  it("429 without Retry-After, again and again → UPSTREAM_RATE_LIMITED after retries", async () => {
    h.sim.faults.inject("assets.devices", { status: 429 });
    const res = await h.request(SearchDevices, {});
    const error = expectUpstreamError(res, "UPSTREAM_RATE_LIMITED", 429, "Search Endpoints");
    expect(error.extensions).not.toHaveProperty("retryAfterSeconds");
    expect(h.sim.log.count("assets.devices")).toBe(3);
  });

  it("no answer in time → UPSTREAM_TIMEOUT without a statusCode", async () => {
    h.sim.faults.inject("assets.devices", { hang: true, times: 1 });
    const res = await h.request(SearchDevices, {});
    expectUpstreamError(res, "UPSTREAM_TIMEOUT", undefined, "Search Endpoints");
  });

  it("a reset connection, again and again → UPSTREAM_UNAVAILABLE without a statusCode", async () => {
    h.sim.faults.inject("assets.devices", { reset: true });
    const res = await h.request(SearchDevices, {});
    expectUpstreamError(res, "UPSTREAM_UNAVAILABLE", undefined, "Search Endpoints");
  });

  for (const [what, body] of [
    ["HTML", "<html><body>Gateway says hi</body></html>"],
    ["broken JSON", '{"assets": ['],
    ["JSON of another shape", '{"data": {"assets": []}}'],
    ["assets without internal_axon_id", '{"assets": [{"adapters": []}], "meta": {"page": {"totalResources": 1}}}'],
    ["no total", '{"assets": []}'],
  ] as const) {
    it(`a 2xx with ${what} → UPSTREAM_BAD_RESPONSE`, async () => {
      h.sim.faults.inject("assets.devices", { status: 200, body });
      const res = await h.request(SearchDevices, {});
      expectUpstreamError(res, "UPSTREAM_BAD_RESPONSE", undefined, "Search Endpoints");
      expect(res.text).not.toContain("Gateway says hi");
    });
  }

  it("never shows a raw upstream error body", async () => {
    h.sim.faults.inject("assets.devices", { status: 500, body: '{"errors":[{"detail":"Traceback at /opt/axonius/secret.py line 42"}]}' });
    h.sim.faults.inject("assets.users", { status: 403, body: "<html>proxy internals 10.9.8.7</html>" });
    const a = await h.request(SearchDevices, {});
    const b = await h.request(SearchUsers, {});
    expect(a.text).not.toMatch(/Traceback|secret\.py/);
    expect(b.text).not.toMatch(/proxy internals|10\.9\.8\.7/);
    expectUpstreamError(b, "UPSTREAM_FORBIDDEN", 403, "Search Users");
  });
});

describe("every command names itself in its failure", () => {
  const cases: Array<[name: string, route: RouteKey, command: string, run: () => Promise<{ body: any; status: number; text: string }>]> = [
    ["device(id:)", "assets.devices", "Get Device by ID", () => h.request(Device, { id: device().internal_axon_id as string })],
    ["devicesByIds", "assets.devices", "Get Device by ID", () => h.request(DevicesByIds, { ids: [device().internal_axon_id as string] })],
    ["user(id:)", "assets.users", "Get User by ID", () => h.request(User, { id: h.sim.data.users[0].internal_axon_id as string })],
    ["searchUsers", "assets.users", "Search Users", () => h.request(SearchUsers, {})],
    ["enforcement(id:)", "enforcements.list", "Get Enforcement by ID", () => h.request(Enforcement, { id: h.sim.data.enforcements[0].uuid })],
    ["enforcementsByIds", "enforcements.list", "Get Enforcement by ID", () => h.request(EnforcementsByIds, { ids: [h.sim.data.enforcements[0].uuid] })],
    ["searchEnforcements", "enforcements.list", "Search Enforcements", () => h.request(SearchEnforcements, {})],
  ];
  for (const [name, route, command, run] of cases) {
    it(`${name}: "${command} failed."`, async () => {
      h.sim.faults.inject(route, { status: 401 });
      const res = await run();
      const error = expectUpstreamError(res, "UPSTREAM_UNAUTHORIZED", 401, command);
      expect(error.path?.[0]).toBe(name.replace("(id:)", ""));
      expect(h.sim.log.count(route)).toBe(1);
    });
  }

  it("devicesByIds: a 403 → UPSTREAM_FORBIDDEN", async () => {
    h.sim.faults.inject("assets.devices", { status: 403 });
    expectUpstreamError(await h.request(DevicesByIds, { ids: [device().internal_axon_id as string] }), "UPSTREAM_FORBIDDEN", 403, "Get Device by ID");
  });

  it("searchEnforcements: a bad list body → UPSTREAM_BAD_RESPONSE", async () => {
    h.sim.faults.inject("enforcements.list", { status: 200, body: '{"enforcements": [{"name": "no uuid"}]}' });
    expectUpstreamError(await h.request(SearchEnforcements, {}), "UPSTREAM_BAD_RESPONSE", undefined, "Search Enforcements");
  });

  it("enforcement(id:): a hang → UPSTREAM_TIMEOUT", async () => {
    h.sim.faults.inject("enforcements.list", { hang: true, times: 1 });
    expectUpstreamError(await h.request(Enforcement, { id: h.sim.data.enforcements[0].uuid }), "UPSTREAM_TIMEOUT", undefined, "Get Enforcement by ID");
  });
});

describe("testConnection", () => {
  it("ok: the URL without credentials, the API version and a latency", async () => {
    const res = await h.request(TestConnection, {});
    expect(res.body.errors).toBeUndefined();
    const status = res.body.data!.testConnection;
    expect(status).toMatchObject({ ok: true, serverUrl: h.sim.url, apiVersion: "v2", error: null });
    expect(status.latencyMs).toBeGreaterThanOrEqual(0);
    expect(status.serverUrl).not.toMatch(/@/);
    expect(h.sim.log.count("asset_types")).toBe(1);
    expect(h.sim.log.entries[0].headers["api-key"]).toBe(SECRETS.apiKey);
  });

  it("failing: ok false with UPSTREAM_UNAUTHORIZED (401) as data, not as a GraphQL error", async () => {
    h.sim.faults.inject("asset_types", { status: 401 });
    const res = await h.request(TestConnection, {});
    expect(res.body.errors).toBeUndefined();
    const status = res.body.data!.testConnection;
    expect(status).toMatchObject({ ok: false, serverUrl: h.sim.url, apiVersion: "v2", latencyMs: null });
    expect(status.error).toMatchObject({ code: "UPSTREAM_UNAUTHORIZED", statusCode: 401 });
    expect(status.error!.message).toMatch(/^Test Connection failed\. /);
    expect(status.serverUrl).not.toContain(SECRETS.apiKey);
    expect(h.sim.log.count("asset_types")).toBe(1);
  });

  it("failing: unreachable → UPSTREAM_UNAVAILABLE, no statusCode", async () => {
    h.sim.faults.inject("asset_types", { reset: true });
    const status = (await h.request(TestConnection, {})).body.data!.testConnection;
    expect(status).toMatchObject({ ok: false, error: { code: "UPSTREAM_UNAVAILABLE", statusCode: null } });
  });
});

describe("partial failure", () => {
  const WithUsers = graphql(`
    query ErrDevicesWithUsers {
      searchDevices(limit: 100) {
        totalCount
        items { id hostname lastUsedUsers { id username } }
      }
    }
  `);

  it("a failing lastUsedUsers nulls only itself: the devices are there, the error at its path", async () => {
    h.sim.faults.inject("assets.users", { status: 403 });
    const res = await h.request(WithUsers, {});
    expect(res.status).toBe(200);
    const page = res.body.data!.searchDevices;
    expect(page.totalCount).toBe(300);
    expect(page.items.map((d) => d.id)).toEqual(h.sim.data.devices.slice(0, 100).map((d) => d.internal_axon_id));
    expect(page.items.map((d) => d.hostname)).toEqual(
      h.sim.data.devices.slice(0, 100).map((d) => strings(d[DEVICE.hostnamePreferred])[0] ?? strings(d[DEVICE.hostname])[0] ?? null),
    );
    const errors = res.body.errors!;
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.extensions?.code).toBe("UPSTREAM_FORBIDDEN");
      expect(error.extensions?.statusCode).toBe(403);
      expect(error.message).toMatch(/^Search Users failed\. /);
      expect(error.path).toEqual(["searchDevices", "items", expect.any(Number), "lastUsedUsers"]);
      expect(page.items[error.path![2] as number].lastUsedUsers).toBeNull();
    }
    // Devices that list nobody need no lookup, so they cannot fail.
    const withNames = h.sim.data.devices.slice(0, 100).filter((d) => strings(d[DEVICE.lastUsedUsers]).length > 0).length;
    expect(errors).toHaveLength(withNames);
    expect(page.items.filter((d) => d.lastUsedUsers !== null).every((d) => d.lastUsedUsers!.length === 0)).toBe(true);
    expect(h.sim.log.count("assets.users")).toBe(1);
  });

  it("a failing lookup in one field leaves its sibling fields whole", async () => {
    h.sim.faults.inject("enforcements.list", { status: 503 });
    const res = await h.request(
      graphql(`
        query ErrSiblings($id: ID!, $uuid: ID!) {
          device(id: $id) { id }
          enforcement(id: $uuid) { id }
        }
      `),
      { id: device().internal_axon_id as string, uuid: h.sim.data.enforcements[0].uuid },
    );
    expect(res.body.data).toEqual({ device: { id: device().internal_axon_id }, enforcement: null });
    const error = expectUpstreamError(res, "UPSTREAM_UNAVAILABLE", 503, "Get Enforcement by ID");
    expect(error.path).toEqual(["enforcement"]);
  });
});

describe("internal errors", () => {
  it("an unknown error reaches the caller as INTERNAL_SERVER_ERROR, without its message or stack", async () => {
    vi.spyOn(h.client, "searchAssets").mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'x') at /srv/gateway/internal.js"));
    const res = await h.request(SearchDevices, {});
    expect(res.status).toBe(200);
    const error = onlyError(res);
    expect(error).toEqual({
      message: "Internal server error.",
      locations: expect.any(Array),
      path: ["searchDevices"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(res.text).not.toMatch(/Cannot read|srv\/gateway|stacktrace|at .*\.js/);
    expect(h.sim.log.count()).toBe(0);
    // The gateway itself still works.
    expect((await h.request(SearchDevices, {})).body.data!.searchDevices.totalCount).toBe(300);
  });

  it("a count beyond GraphQL's 32-bit Int reads as null, not as an error", async () => {
    const target = h.sim.data.enforcements.find((s) => s.triggers.length > 0)!;
    const huge = { ...target, triggers: target.triggers.map((t) => ({ ...t, times_triggered: 2 ** 40 })) };
    h.sim.faults.inject("enforcements.list", { status: 200, body: JSON.stringify({ enforcements: [huge] }) });
    const res = await h.request(graphql(`query ErrHugeCount($id: ID!) { enforcement(id: $id) { id name timesTriggered } }`), { id: target.uuid });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ enforcement: { id: target.uuid, name: target.name, timesTriggered: null } });
  });
});

describe("the circuit breaker, through the gateway", () => {
  // A suite of its own: the shared harness keeps the circuit shut so that faults can follow each other.
  const c = useHarness({ client: { retries: 0, circuitThreshold: 2, circuitCooldownMs: 60_000 } });

  it("after 2 searches find Axonius down, the next fails fast as UPSTREAM_UNAVAILABLE without an upstream call", async () => {
    c.sim.faults.inject("assets.devices", { status: 503 });
    for (let i = 0; i < 2; i++) expectUpstreamError(await c.request(SearchDevices, {}), "UPSTREAM_UNAVAILABLE", 503, "Search Endpoints");
    c.sim.faults.clear();
    const fast = expectUpstreamError(await c.request(SearchDevices, {}), "UPSTREAM_UNAVAILABLE", undefined, "Search Endpoints");
    expect(fast.message).toMatch(/circuit open/);
    expect(c.sim.log.count()).toBe(2);
  });
});
