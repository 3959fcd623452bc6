import { describe, expect, it } from "vitest";
import { generateDataset, REFERENCE_DATE, UNKNOWN_LAST_USED_USERS, type AssetRecord } from "../../src/simulator/index.js";

const data = generateDataset(1);
const HEX32 = /^[0-9a-f]{32}$/;
const HEX24 = /^[0-9a-f]{24}$/;
const MAC = /^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/;
const RFC1123 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const CATEGORIES = ["Notify", "Create Incident", "Manage Assets", "Deploy Software", "Isolate", "Enrich", "Patch", "Tag"];

/** A field as a list, whatever its shape in the record: the contract allows lone values, null and missing. */
function list(record: AssetRecord, field: string): unknown[] {
  const value = record[field];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isRfc1123(text: unknown): boolean {
  return typeof text === "string" && RFC1123.test(text) && new Date(Date.parse(text)).toUTCString() === text;
}

describe("simulator data set: determinism and sizes", () => {
  it("the same seed gives identical data", () => {
    expect(generateDataset(1)).toEqual(data);
    expect(generateDataset("abc", { devices: 50 })).toEqual(generateDataset("abc", { devices: 50 }));
  });
  it("a numeric seed and its string form are the same seed", () => {
    expect(generateDataset("1", { devices: 20, users: 10, enforcements: 5 })).toEqual(generateDataset(1, { devices: 20, users: 10, enforcements: 5 }));
  });
  it("a different seed gives different data", () => {
    const other = generateDataset(2);
    expect(other.devices.map((d) => d.internal_axon_id)).not.toEqual(data.devices.map((d) => d.internal_axon_id));
    expect(other.users.map((u) => u.internal_axon_id)).not.toEqual(data.users.map((u) => u.internal_axon_id));
    expect(other.enforcements.map((e) => e.uuid)).not.toEqual(data.enforcements.map((e) => e.uuid));
  });
  it("default sizes are 2000 devices, 800 users, 40 enforcement sets", () => {
    expect([data.devices.length, data.users.length, data.enforcements.length]).toEqual([2000, 800, 40]);
  });
  it("sizes are configurable, including zero", () => {
    const small = generateDataset(7, { devices: 3, users: 0, enforcements: 1 });
    expect([small.devices.length, small.users.length, small.enforcements.length]).toEqual([3, 0, 1]);
    expect(small.devices.every((d) => d["specific_data.data.last_used_users"] === undefined || list(d, "specific_data.data.last_used_users").every((n) => UNKNOWN_LAST_USED_USERS.includes(n as never)))).toBe(true);
  });
  it("refuses negative or fractional sizes", () => {
    expect(() => generateDataset(1, { devices: -1 })).toThrow(RangeError);
    expect(() => generateDataset(1, { users: 1.5 })).toThrow(/sizes.users/);
  });
});

describe("simulator data set: asset shapes", () => {
  const assets = [...data.devices, ...data.users];

  it("ids are 32 lowercase hex, unique across devices and users, and assets are ordered by id", () => {
    const ids = assets.map((a) => a.internal_axon_id as string);
    expect(ids.every((id) => HEX32.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const records of [data.devices, data.users]) {
      const sorted = records.map((r) => r.internal_axon_id as string);
      expect(sorted).toEqual([...sorted].sort());
    }
  });
  it("every asset starts with internal_axon_id, adapters, adapter_list_length = distinct adapters", () => {
    for (const asset of assets) {
      expect(Object.keys(asset).slice(0, 3)).toEqual(["internal_axon_id", "adapters", "adapter_list_length"]);
      expect(asset.adapter_list_length).toBe(new Set(asset.adapters as string[]).size);
    }
    expect(assets.some((a) => (a.adapters as string[]).length > (a.adapter_list_length as number))).toBe(true);
  });
  it("device adapters come from the realistic pool", () => {
    const seen = new Set(data.devices.flatMap((d) => d.adapters as string[]));
    for (const name of ["active_directory_adapter", "crowd_strike_adapter", "aws_adapter", "intune_adapter", "qualys_scans_adapter", "tanium_adapter", "esx_adapter"]) {
      expect(seen.has(name), name).toBe(true);
    }
  });
  it("MACs are upper case with colons, and unique", () => {
    const macs = data.devices.flatMap((d) => list(d, "specific_data.data.network_interfaces.mac"));
    expect(macs.length).toBeGreaterThan(2000);
    expect(macs.filter((mac) => !MAC.test(String(mac)))).toEqual([]);
    expect(new Set(macs).size).toBe(macs.length);
  });
  it("IPs are unique per device, IPv4 on all, IPv6 on some; the first device has 10.0.0.1", () => {
    const ips = data.devices.flatMap((d) => list(d, "specific_data.data.network_interfaces.ips") as string[]);
    expect(new Set(ips).size).toBe(ips.length);
    expect(ips).toContain("10.0.0.1");
    expect(ips.some((ip) => ip.includes(":"))).toBe(true);
    const withIps = data.devices.filter((d) => list(d, "specific_data.data.network_interfaces.ips").length > 0);
    expect(withIps.every((d) => list(d, "specific_data.data.network_interfaces.ips").some((ip) => /^\d+\.\d+\.\d+\.\d+$/.test(String(ip))))).toBe(true);
  });
  it("dates are RFC 1123 GMT, before the fixed reference date", () => {
    const dates = assets.map((a) => a["specific_data.data.last_seen"]);
    expect(dates.filter((date) => !isRfc1123(date))).toEqual([]);
    expect(dates.every((date) => Date.parse(date as string) <= REFERENCE_DATE.getTime())).toBe(true);
    expect(REFERENCE_DATE.toISOString()).toBe("2025-12-01T00:00:00.000Z");
  });
  it("hostnames are unique, some devices carry short name and FQDN, most have a preferred name", () => {
    const firsts = data.devices.map((d) => list(d, "specific_data.data.hostname")[0]);
    expect(new Set(firsts).size).toBe(firsts.length);
    expect(data.devices.some((d) => list(d, "specific_data.data.hostname").length === 2)).toBe(true);
    const preferred = data.devices.filter((d) => typeof d["specific_data.data.hostname_preferred"] === "string").length;
    expect(preferred).toBeGreaterThan(1500);
    expect(preferred).toBeLessThan(2000);
  });
  it("devices have OS type, distribution, labels and a pass-through serial", () => {
    const types = new Set(data.devices.flatMap((d) => list(d, "specific_data.data.os.type")));
    expect([...types].sort()).toEqual(expect.arrayContaining(["Linux", "OS X", "Windows"]));
    expect(data.devices.filter((d) => list(d, "labels").includes("Exclusion List")).length).toBeGreaterThan(20);
    expect(data.devices.filter((d) => list(d, "labels").length === 0).length).toBeGreaterThan(1000);
    expect(data.devices.filter((d) => typeof d["specific_data.data.device_serial"] === "string").length).toBeGreaterThan(1500);
  });
  it("a few records are irregular on purpose: lone string, null, [] and missing", () => {
    expect(data.devices.some((d) => typeof d["specific_data.data.hostname"] === "string")).toBe(true);
    expect(data.devices.some((d) => d["specific_data.data.network_interfaces.ips"] === null)).toBe(true);
    expect(data.devices.some((d) => Array.isArray(d["specific_data.data.network_interfaces.mac"]) && (d["specific_data.data.network_interfaces.mac"] as unknown[]).length === 0)).toBe(true);
    expect(data.devices.some((d) => !("specific_data.data.os.type" in d))).toBe(true);
    expect(data.users.some((u) => typeof u["specific_data.data.username"] === "string")).toBe(true);
  });
});

describe("simulator data set: users", () => {
  const usernames = data.users.flatMap((u) => list(u, "specific_data.data.username") as string[]);

  it("usernames are unique, one per user", () => {
    expect(usernames).toHaveLength(800);
    expect(new Set(usernames).size).toBe(800);
    expect(usernames.every((name) => /^[a-z][a-z0-9_.-]*$/.test(name))).toBe(true);
  });
  it("mail is missing on some, is_admin is a boolean that is true on some", () => {
    const withMail = data.users.filter((u) => list(u, "specific_data.data.mail").length > 0).length;
    expect(withMail).toBeGreaterThan(600);
    expect(withMail).toBeLessThan(800);
    expect(data.users.every((u) => typeof u["specific_data.data.is_admin"] === "boolean")).toBe(true);
    expect(data.users.filter((u) => u["specific_data.data.is_admin"] === true).length).toBeGreaterThan(20);
  });
  it("every name in last_used_users is a user, except the deliberate unknown ones, which do appear", () => {
    const known = new Set(usernames);
    const referenced = data.devices.flatMap((d) => list(d, "specific_data.data.last_used_users") as string[]);
    const unknown = referenced.filter((name) => !known.has(name));
    expect(referenced.length).toBeGreaterThan(1000);
    expect(new Set(unknown)).toEqual(new Set(UNKNOWN_LAST_USED_USERS));
    expect(UNKNOWN_LAST_USED_USERS.some((name) => known.has(name))).toBe(false);
  });
  it("last_used_users is missing on some devices", () => {
    expect(data.devices.some((d) => !("specific_data.data.last_used_users" in d))).toBe(true);
  });
});

describe("simulator data set: enforcement sets", () => {
  it("have unique 24-hex uuids and unique names", () => {
    expect(data.enforcements.every((e) => HEX24.test(e.uuid))).toBe(true);
    expect(new Set(data.enforcements.map((e) => e.uuid)).size).toBe(40);
    expect(new Set(data.enforcements.map((e) => e.name)).size).toBe(40);
  });
  it("cover every category of the contract and both entities", () => {
    expect(new Set(data.enforcements.map((e) => e.actions.main.action.category))).toEqual(new Set(CATEGORIES));
    const entities = new Set(data.enforcements.flatMap((e) => e.triggers.map((t) => t.view.entity)));
    expect(entities).toEqual(new Set(["devices", "users"]));
  });
  it("some have no trigger, some never triggered (null or missing)", () => {
    const triggers = data.enforcements.flatMap((e) => e.triggers);
    expect(data.enforcements.some((e) => e.triggers.length === 0)).toBe(true);
    expect(triggers.some((t) => t.last_triggered === null)).toBe(true);
    expect(triggers.some((t) => !("last_triggered" in t))).toBe(true);
    expect(triggers.filter((t) => typeof t.last_triggered === "string").every((t) => isRfc1123(t.last_triggered) && t.times_triggered > 0)).toBe(true);
  });
  it("last_updated is RFC 1123, spread over June to November 2025", () => {
    const times = data.enforcements.map((e) => e.last_updated);
    expect(times.every(isRfc1123)).toBe(true);
    const months = new Set(times.map((t) => new Date(Date.parse(t)).getUTCMonth() + 1));
    expect(Math.min(...months)).toBeGreaterThanOrEqual(6);
    expect(Math.max(...months)).toBeLessThanOrEqual(11);
    expect(months.size).toBeGreaterThanOrEqual(4);
  });
  it("have the contract's action shape", () => {
    for (const set of data.enforcements) {
      expect(typeof set.actions.main.name).toBe("string");
      expect(typeof set.actions.main.action.action_name).toBe("string");
      expect([set.actions.success, set.actions.failure, set.actions.post].every(Array.isArray)).toBe(true);
      expect(typeof set.updated_by).toBe("string");
    }
  });
});
