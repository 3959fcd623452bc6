/** Every validation rule of the contract: BAD_USER_INPUT, and not a single upstream call. */
import { describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { SECRETS, useHarness } from "../support/harness.js";
import { expectBadUserInput } from "./helpers.js";

const h = useHarness();
/** After each refused request: the simulator saw nothing at all. */
const expectNoUpstreamCall = () => expect(h.sim.log.count()).toBe(0);

const SearchDevices = graphql(`
  query ValSearchDevices($filter: DeviceFilter, $limit: Int, $offset: Int) {
    searchDevices(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }
  }
`);
const SearchUsers = graphql(`
  query ValSearchUsers($filter: UserFilter, $limit: Int, $offset: Int) {
    searchUsers(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }
  }
`);
const SearchEnforcements = graphql(`
  query ValSearchEnforcements($filter: EnforcementFilter, $limit: Int, $offset: Int) {
    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }
  }
`);
const Device = graphql(`query ValDevice($id: ID!) { device(id: $id) { id } }`);
const User = graphql(`query ValUser($id: ID!) { user(id: $id) { id } }`);
const Enforcement = graphql(`query ValEnforcement($id: ID!) { enforcement(id: $id) { id } }`);
const DevicesByIds = graphql(`query ValDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }`);
const UsersByIds = graphql(`query ValUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }`);
const EnforcementsByIds = graphql(`query ValEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }`);
const Run = graphql(`mutation ValRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status } }`);

const tooMany = Array.from({ length: 2001 }, (_, i) => i.toString(16).padStart(32, "0"));

describe("paging: limit 1..2000, offset ≥ 0", () => {
  for (const [name, doc] of [
    ["searchDevices", SearchDevices],
    ["searchUsers", SearchUsers],
    ["searchEnforcements", SearchEnforcements],
  ] as const) {
    it(`${name} refuses a limit outside 1..2000 and a negative offset`, async () => {
      for (const limit of [0, -1, 2001, 1_000_000]) {
        const res = await h.request(doc as typeof SearchDevices, { limit });
        expect(expectBadUserInput(res)).toMatch(/limit/);
        expect(res.body.data).toBeNull();
      }
      for (const offset of [-1, -500]) {
        expect(expectBadUserInput(await h.request(doc as typeof SearchDevices, { offset }))).toMatch(/offset/);
      }
      expectNoUpstreamCall();
    });
  }

  it("accepts the bounds themselves: limit 1 and 2000, offset 0", async () => {
    for (const limit of [1, 2000]) {
      const res = await h.request(SearchDevices, { limit, offset: 0 });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.searchDevices.items).toHaveLength(Math.min(limit, 300));
    }
    expect(h.sim.log.count()).toBe(2);
  });
});

describe("ids: at most 2000, none empty", () => {
  for (const [name, doc] of [
    ["devicesByIds", DevicesByIds],
    ["usersByIds", UsersByIds],
    ["enforcementsByIds", EnforcementsByIds],
    ["runEnforcements", Run],
  ] as const) {
    it(`${name} refuses more than 2000 ids and an empty id`, async () => {
      expect(expectBadUserInput(await h.request(doc as typeof DevicesByIds, { ids: tooMany }))).toMatch(/2000/);
      expectBadUserInput(await h.request(doc as typeof DevicesByIds, { ids: ["0".repeat(32), ""] }));
      expectBadUserInput(await h.request(doc as typeof DevicesByIds, { ids: ["   "] }));
      // Not ids but paths: on a run, URL resolution would send them to another route.
      for (const id of [".", "..", "a/b"]) expectBadUserInput(await h.request(doc as typeof DevicesByIds, { ids: [id] }));
      expectNoUpstreamCall();
    });
  }

  it("accepts exactly 2000 ids, in one upstream call", async () => {
    const res = await h.request(DevicesByIds, { ids: tooMany.slice(0, 2000) });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.devicesByIds).toHaveLength(2000);
    expect(h.sim.log.count()).toBe(1);
  });

  for (const [name, doc] of [
    ["device", Device],
    ["user", User],
    ["enforcement", Enforcement],
  ] as const) {
    it(`${name}(id:) refuses an empty id`, async () => {
      expectBadUserInput(await h.request(doc as typeof Device, { id: "" }));
      expectBadUserInput(await h.request(doc as typeof Device, { id: " \t" }));
      expectNoUpstreamCall();
    });
  }
});

describe("device filter", () => {
  it("refuses a malformed IP address, IPv4 or IPv6", async () => {
    for (const ip of ["10.0.0.256", "10.0.0", "not-an-ip", "fe80::zz", "1.2.3.4/24", ""]) {
      const message = expectBadUserInput(await h.request(SearchDevices, { filter: { ipAddresses: ["10.0.0.1", ip] } }));
      expect(message, ip).toMatch(/ipAddresses/);
    }
    expectNoUpstreamCall();
  });

  it("refuses a malformed MAC address", async () => {
    for (const mac of ["00:0c:29:b6:da", "00:0c:29:b6:da:4g", "00:0c:29:b6:da:46:11", "hello", "000c29b6da4", ""]) {
      const message = expectBadUserInput(await h.request(SearchDevices, { filter: { macAddresses: [mac] } }));
      expect(message, mac).toMatch(/macAddresses/);
    }
    expectNoUpstreamCall();
  });

  it("refuses empty lists, an empty hostname and blank AQL", async () => {
    for (const filter of [{ ipAddresses: [] }, { hostnames: [] }, { macAddresses: [] }, { hostnames: [" "] }, { aql: "  " }]) {
      expectBadUserInput(await h.request(SearchDevices, { filter }));
    }
    expectNoUpstreamCall();
  });

  it("refuses a blank username or blank AQL for users", async () => {
    expectBadUserInput(await h.request(SearchUsers, { filter: { username: "" } }));
    expectBadUserInput(await h.request(SearchUsers, { filter: { aql: " " } }));
    expectNoUpstreamCall();
  });

  it("refuses raw AQL whose parentheses would escape the AND with the other criteria", async () => {
    const escape = '"labels" == "nomatch") or ("internal_axon_id" == exists(true)';
    for (const aql of [escape, '("a" == "b"', '"a" == "b")', '("a" == "unterminated)']) {
      expect(expectBadUserInput(await h.request(SearchDevices, { filter: { hostnames: ["no-such-host"], aql } }))).toMatch(/filter\.aql/);
      expectBadUserInput(await h.request(SearchUsers, { filter: { username: "nobody", aql } }));
    }
    expectNoUpstreamCall();
    // Parentheses inside string literals are text, not structure.
    const quoted = await h.request(SearchDevices, { filter: { aql: '("specific_data.data.hostname" == ")(")' } });
    expect(quoted.body.errors).toBeUndefined();
    expect(quoted.body.data!.searchDevices.totalCount).toBe(0);
  });
});

describe("enforcement filter dates", () => {
  it("refuses a malformed date given as a variable", async () => {
    for (const date of ["2025-13-01", "2025-02-30", "yesterday", "2025-1-1", "2025-11-29T12:00:00Z"]) {
      const res = await h.request(SearchEnforcements, { filter: { startDate: date, endDate: "2025-12-01" } });
      expectBadUserInput(res);
      expect(res.status, date).toBe(400);
    }
    expectNoUpstreamCall();
  });

  it("refuses a malformed date written inline in the query as BAD_USER_INPUT too", async () => {
    for (const date of ["2025-13-01", "yesterday"]) {
      const res = await h.post(
        { query: `{ searchEnforcements(filter: { startDate: "${date}", endDate: "2025-12-01" }) { totalCount } }` },
        { authorization: `Bearer ${SECRETS.readerToken}` },
      );
      expect(res.status, date).toBe(400);
      expect(res.json.errors).toHaveLength(1);
      expect(res.json.errors[0].extensions).toEqual({ code: "BAD_USER_INPUT" });
      expect(res.json.errors[0].message).toMatch(/date/i);
    }
    expectNoUpstreamCall();
  });

  it("refuses startDate without endDate, and the reverse", async () => {
    expect(expectBadUserInput(await h.request(SearchEnforcements, { filter: { startDate: "2025-10-01" } }))).toMatch(/startDate|endDate/);
    expect(expectBadUserInput(await h.request(SearchEnforcements, { filter: { endDate: "2025-10-01" } }))).toMatch(/startDate|endDate/);
    expectNoUpstreamCall();
  });

  it("refuses startDate after endDate, but accepts the same day", async () => {
    const message = expectBadUserInput(await h.request(SearchEnforcements, { filter: { startDate: "2025-10-02", endDate: "2025-10-01" } }));
    expect(message).toMatch(/after/);
    expectNoUpstreamCall();
    const same = await h.request(SearchEnforcements, { filter: { startDate: "2025-10-01", endDate: "2025-10-01" } });
    expect(same.body.errors).toBeUndefined();
    expect(h.sim.log.count("enforcements.list")).toBe(1);
  });

  it("refuses an empty names list, and a blank category or search", async () => {
    expectBadUserInput(await h.request(SearchEnforcements, { filter: { names: [] } }));
    expectBadUserInput(await h.request(SearchEnforcements, { filter: { category: "" } }));
    expectBadUserInput(await h.request(SearchEnforcements, { filter: { search: "  " } }));
    expectNoUpstreamCall();
  });

  it("refuses an asset type that does not exist (raw request)", async () => {
    const res = await h.post(
      { query: 'query { searchEnforcements(filter: { assetType: PRINTERS }) { totalCount } }' },
      { authorization: `Bearer ${SECRETS.operatorToken}` },
    );
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expectNoUpstreamCall();
  });
});

describe("field(path:)", () => {
  it("refuses a path that is no Axonius field path, without sending it upstream", async () => {
    const res = await h.request(
      graphql(`query ValBadPath($id: ID!) { device(id: $id) { id bad: field(path: "a b;c") } }`),
      { id: h.sim.data.devices[0].internal_axon_id as string },
    );
    const error = expectBadUserInput(res);
    expect(error).toMatch(/field path/);
    expect(res.body.data).toEqual({ device: { id: h.sim.data.devices[0].internal_axon_id, bad: null } });
    const fields = (h.sim.log.entries[0].body as { fields: string[] }).fields;
    expect(fields.some((f) => f.includes(" "))).toBe(false);
  });

  it("reads names of Object's prototype as absent fields, not as JavaScript internals", async () => {
    const res = await h.request(
      graphql(`query ValProtoPaths($id: ID!) { device(id: $id) { c: field(path: "constructor") t: field(path: "toString") p: field(path: "__proto__") } }`),
      { id: h.sim.data.devices[0].internal_axon_id as string },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ device: { c: null, t: null, p: null } });
  });
});

describe("the per-operation budget", () => {
  const aliased = (count: number, field: string) => `query { ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
  const post = (query: string, variables?: Record<string, unknown>) => h.post({ query, variables }, { authorization: `Bearer ${SECRETS.readerToken}` });

  it("refuses 50 aliased searches of 2000 devices (100k rows) before any upstream call", async () => {
    const res = await post(aliased(50, "searchDevices(limit: 2000) { totalCount }"));
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ extensions: { code: "BAD_USER_INPUT" } })]);
    expect(res.json.errors[0].message).toMatch(/may fetch 100000 items from Axonius; at most 10000/);
    expectNoUpstreamCall();
  });

  it("counts limits as execution sees them: from variables, variable defaults and the argument's default", async () => {
    const sixSearches = (limit: string) => Array.from({ length: 6 }, (_, i) => `a${i}: searchUsers(limit: ${limit}) { totalCount }`).join(" ");
    const byVariable = await post(`query Q($n: Int) { ${sixSearches("$n")} }`, { n: 2000 });
    expect(byVariable.json.errors[0].message).toMatch(/may fetch 12000 items/);
    const byVariableDefault = await post(`query Q($n: Int = 2000) { ${sixSearches("$n")} }`);
    expect(byVariableDefault.json.errors[0].message).toMatch(/may fetch 12000 items/);
    const byArgumentDefault = await post(aliased(11, "searchEnforcements { totalCount }"));
    expect(byArgumentDefault.json.errors[0].message).toMatch(/may fetch 11000 items/);
    expectNoUpstreamCall();
    const withinBudget = await post(`query Q($n: Int) { ${sixSearches("$n")} }`, { n: 1000 });
    expect(withinBudget.json.errors).toBeUndefined();
  });

  it("refuses more than 100 root fields, but serves 100", async () => {
    const id = h.sim.data.devices[0].internal_axon_id as string;
    const tooMany = await post(aliased(101, `device(id: "${id}") { id }`));
    expect(tooMany.json.errors[0].message).toMatch(/101 root fields; at most 100/);
    expectNoUpstreamCall();
    const enough = await post(aliased(100, `device(id: "${id}") { id }`));
    expect(enough.json.errors).toBeUndefined();
    expect(h.sim.log.count()).toBe(1);
  });
});
