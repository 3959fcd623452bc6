import { describe, expect, it } from "vitest";
import { AxoniusError } from "../../src/axonius/index.js";
import {
  parseAssetPage,
  parseAssetTypes,
  parseAxoniusDate,
  parseEnforcementList,
  parseRunReceipt,
} from "../../src/axonius/records.js";

const ID = "d530db3cfef6a2220b315d54fa1901b2";
const meta = (total: number) => ({ page: { number: 1, size: 1, totalPages: 1, totalResources: total } });

/** The error a parser throws, so its code can be checked. */
function failure(run: () => unknown): AxoniusError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AxoniusError);
    return error as AxoniusError;
  }
  throw new Error("expected the parser to throw");
}

describe("parseAxoniusDate", () => {
  it("reads RFC 1123 dates in GMT", () => {
    expect(parseAxoniusDate("Sat, 29 Nov 2025 12:04:54 GMT")?.toISOString()).toBe("2025-11-29T12:04:54.000Z");
    expect(parseAxoniusDate("Thu, 27 Nov 2025 04:43:39 GMT")?.toISOString()).toBe("2025-11-27T04:43:39.000Z");
  });
  it("reads ISO dates and the first element of a list", () => {
    expect(parseAxoniusDate("2025-11-01T10:00:00Z")?.toISOString()).toBe("2025-11-01T10:00:00.000Z");
    expect(parseAxoniusDate(["Fri, 28 Nov 2025 09:00:00 GMT", "Sat, 29 Nov 2025 12:04:54 GMT"])?.toISOString()).toBe(
      "2025-11-28T09:00:00.000Z",
    );
  });
  it.each([[null], [undefined], [""], ["yesterday"], [[]], [{}], [true]])("%j is null", (value) => {
    expect(parseAxoniusDate(value)).toBeNull();
  });
});

describe("parseAssetPage", () => {
  it("keeps every field as it came: lists, lone values, null, [] and missing ones", () => {
    const asset = {
      internal_axon_id: ID,
      adapters: ["active_directory_adapter", "crowd_strike_adapter", "crowd_strike_adapter"],
      adapter_list_length: 2,
      labels: ["Exclusion List"],
      "specific_data.data.hostname": "DC4",
      "specific_data.data.network_interfaces.ips": null,
      "specific_data.data.network_interfaces.mac": [],
      "specific_data.data.last_seen": "Thu, 27 Nov 2025 04:43:39 GMT",
      "custom.nested": { a: [1, { b: 2 }] },
    };
    const page = parseAssetPage({ assets: [asset], meta: meta(3) });
    expect(page).toEqual({ total: 3, assets: [asset] });
    expect(page.assets[0]).not.toHaveProperty("specific_data.data.os.type");
  });
  it("tolerates a lone adapter name and missing or null adapters", () => {
    const page = parseAssetPage({
      assets: [
        { internal_axon_id: "a", adapters: "aws_adapter" },
        { internal_axon_id: "b" },
        { internal_axon_id: "c", adapters: null },
      ],
      meta: meta(3),
    });
    expect(page.assets.map((a) => a.adapters)).toEqual([["aws_adapter"], [], []]);
  });
  it("reads an empty page", () => {
    expect(parseAssetPage({ assets: [], meta: meta(0) })).toEqual({ assets: [], total: 0 });
  });
  it.each([
    ["not an object", "x"],
    ["null", null],
    ["assets is a string", { assets: "x", meta: meta(1) }],
    ["no assets", { meta: meta(1) }],
    ["no meta", { assets: [] }],
    ["meta without totalResources", { assets: [], meta: { page: { number: 1 } } }],
    ["a total that is text", { assets: [], meta: { page: { totalResources: "3" } } }],
    ["a negative total", { assets: [], meta: { page: { totalResources: -1 } } }],
    ["a fractional total", { assets: [], meta: { page: { totalResources: 1.5 } } }],
    ["an asset that is not an object", { assets: ["x"], meta: meta(1) }],
    ["an asset without internal_axon_id", { assets: [{ adapters: [] }], meta: meta(1) }],
    ["an asset with an empty internal_axon_id", { assets: [{ internal_axon_id: "" }], meta: meta(1) }],
    ["an asset with a numeric internal_axon_id", { assets: [{ internal_axon_id: 7 }], meta: meta(1) }],
    ["adapters that are not names", { assets: [{ internal_axon_id: ID, adapters: [1] }], meta: meta(1) }],
  ])("%s is UPSTREAM_BAD_RESPONSE", (_, body) => {
    const error = failure(() => parseAssetPage(body));
    expect(error.code).toBe("UPSTREAM_BAD_RESPONSE");
    expect(error.message).toMatch(/^Unexpected response from Axonius: /);
  });
});

const fullSet = {
  uuid: "5f8d0d55b54764421b7156c3",
  name: "Notify SOC on unmanaged Windows",
  description: "Mail the SOC when a Windows device has no EDR agent",
  actions: {
    main: { name: "Mail SOC", action: { action_name: "send_emails", category: "Notify" } },
    success: [],
    failure: [],
    post: [],
  },
  triggers: [
    {
      view: { id: "5f8d0d55b54764421b7156aa", name: "Unmanaged Windows", entity: "devices" },
      period: "daily",
      run_on: "AllEntities",
      last_triggered: "Sat, 29 Nov 2025 12:04:54 GMT",
      times_triggered: 42,
    },
  ],
  last_updated: "Fri, 28 Nov 2025 09:00:00 GMT",
  updated_by: "admin",
};

describe("parseEnforcementList", () => {
  it("maps the contract's example set field by field", () => {
    expect(parseEnforcementList({ enforcements: [fullSet] })).toEqual([
      {
        uuid: "5f8d0d55b54764421b7156c3",
        name: "Notify SOC on unmanaged Windows",
        description: "Mail the SOC when a Windows device has no EDR agent",
        actionName: "Mail SOC",
        actionType: "send_emails",
        category: "Notify",
        assetType: "devices",
        triggerQueryName: "Unmanaged Windows",
        period: "daily",
        lastTriggered: new Date("2025-11-29T12:04:54Z"),
        timesTriggered: 42,
        lastUpdated: new Date("2025-11-28T09:00:00Z"),
        updatedBy: "admin",
      },
    ]);
  });
  it("maps a set without triggers to null trigger fields", () => {
    const [set] = parseEnforcementList({ enforcements: [{ ...fullSet, triggers: [] }] });
    expect(set).toMatchObject({ assetType: null, triggerQueryName: null, period: null, lastTriggered: null, timesTriggered: null });
    expect(set.actionName).toBe("Mail SOC");
    expect(set.lastUpdated).toEqual(new Date("2025-11-28T09:00:00Z"));
  });
  it("reads a null or missing last_triggered as null, and a users view", () => {
    const trigger = { ...fullSet.triggers[0], view: { ...fullSet.triggers[0].view, entity: "users" }, last_triggered: null };
    const { last_triggered: _, ...withoutLast } = trigger;
    const [a, b] = parseEnforcementList({
      enforcements: [
        { ...fullSet, triggers: [trigger] },
        { ...fullSet, triggers: [withoutLast] },
      ],
    });
    expect(a.lastTriggered).toBeNull();
    expect(b.lastTriggered).toBeNull();
    expect(a.assetType).toBe("users");
    expect(a.timesTriggered).toBe(42);
  });
  it("reads only uuid and name as required; everything else may be missing", () => {
    expect(parseEnforcementList({ enforcements: [{ uuid: "u1", name: "Bare" }] })).toEqual([
      {
        uuid: "u1",
        name: "Bare",
        description: null,
        actionName: null,
        actionType: null,
        category: null,
        assetType: null,
        triggerQueryName: null,
        period: null,
        lastTriggered: null,
        timesTriggered: null,
        lastUpdated: null,
        updatedBy: null,
      },
    ]);
  });
  it("ignores values of the wrong type instead of passing them on", () => {
    const [set] = parseEnforcementList({
      enforcements: [{ uuid: "u1", name: "Odd", description: 5, triggers: [{ view: { entity: "printers" }, times_triggered: "42" }] }],
    });
    expect(set).toMatchObject({ description: null, assetType: null, timesTriggered: null });
  });
  it("reads an empty list", () => {
    expect(parseEnforcementList({ enforcements: [] })).toEqual([]);
  });
  it.each([
    ["no enforcements key", {}],
    ["enforcements is an object", { enforcements: {} }],
    ["a set that is not an object", { enforcements: ["x"] }],
    ["a set without uuid", { enforcements: [{ name: "x" }] }],
    ["a set without name", { enforcements: [{ uuid: "u1" }] }],
  ])("%s is UPSTREAM_BAD_RESPONSE", (_, body) => {
    expect(failure(() => parseEnforcementList(body)).code).toBe("UPSTREAM_BAD_RESPONSE");
  });
});

describe("parseRunReceipt", () => {
  it("maps the contract's answer", () => {
    const runId = "0123456789abcdef0123456789abcdef";
    expect(parseRunReceipt({ uuid: "u1", name: "Tag", status: "triggered", run_id: runId }, "u1")).toEqual({
      uuid: "u1",
      name: "Tag",
      status: "triggered",
      runId,
    });
  });
  it("falls back to the asked uuid and status triggered when only run_id came", () => {
    expect(parseRunReceipt({ run_id: "r1" }, "u9")).toEqual({ uuid: "u9", name: null, status: "triggered", runId: "r1" });
  });
  it.each([[{}], [{ run_id: "" }], [{ run_id: 5 }], [null], ["r1"]])("%j is UPSTREAM_BAD_RESPONSE", (body) => {
    expect(failure(() => parseRunReceipt(body, "u1")).code).toBe("UPSTREAM_BAD_RESPONSE");
  });
});

describe("parseAssetTypes", () => {
  it("reads the list", () => {
    expect(parseAssetTypes({ asset_types: ["devices", "users", "vulnerabilities"] })).toEqual(["devices", "users", "vulnerabilities"]);
  });
  it.each([[{}], [{ asset_types: "devices" }], [{ asset_types: [1] }], [[]]])("%j is UPSTREAM_BAD_RESPONSE", (body) => {
    expect(failure(() => parseAssetTypes(body)).code).toBe("UPSTREAM_BAD_RESPONSE");
  });
});
