/** device, devicesByIds and searchDevices with every filter, over HTTP against the simulator's data. */
import { describe, expect, it } from "vitest";
import type { AssetRecord } from "../../src/simulator/index.js";
import { graphql } from "../generated/index.js";
import type { DeviceFilter } from "../generated/graphql.js";
import { useHarness } from "../support/harness.js";
import { bodies, DEVICE, expectedDevice, expectedLastUsedUserIds, strings } from "./helpers.js";

const h = useHarness();

// Every scalar Device field, spread by the lookups below (codegen inlines it into their documents).
graphql(`
  fragment DevScalarFields on Device {
    id
    hostname
    hostnames
    ipAddresses
    macAddresses
    os { type distribution }
    lastSeen
    adapters
    adapterCount
    labels
  }
`);

const DeviceById = graphql(`
  query DevDeviceById($id: ID!) {
    device(id: $id) {
      ...DevScalarFields
      serial: field(path: "specific_data.data.device_serial")
    }
  }
`);

const DevicesByIds = graphql(`
  query DevDevicesByIds($ids: [ID!]!) {
    devicesByIds(ids: $ids) {
      ...DevScalarFields
    }
  }
`);

const Search = graphql(`
  query DevSearch($filter: DeviceFilter, $limit: Int, $offset: Int) {
    searchDevices(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      offset
      limit
      hasNextPage
      items { id hostnames ipAddresses macAddresses }
    }
  }
`);

const SearchWithUsers = graphql(`
  query DevSearchWithUsers($filter: DeviceFilter, $limit: Int) {
    searchDevices(filter: $filter, limit: $limit) {
      items {
        id
        lastUsedUsers { id username }
      }
    }
  }
`);

const devices = () => h.sim.data.devices;
const idsOf = (records: readonly AssetRecord[]) => records.map((r) => r.internal_axon_id as string);
const search = async (filter: DeviceFilter | null, limit = 2000, offset = 0) => {
  const res = await h.request(Search, { filter, limit, offset });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.searchDevices;
};

describe("device(id:)", () => {
  it("maps every field of a device from its Axonius record", async () => {
    for (const record of [devices()[0], devices()[42], devices()[199]]) {
      const res = await h.request(DeviceById, { id: record.internal_axon_id as string });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.device).toEqual({ ...expectedDevice(record), serial: record[DEVICE.serial] ?? null });
    }
    expect(h.sim.log.count("assets.devices")).toBe(3);
  });

  it("tolerates the irregular shapes Axonius sends (lone value, null, [], missing)", async () => {
    const lone = devices().find((d) => typeof d[DEVICE.hostname] === "string")!;
    const nullIps = devices().find((d) => d[DEVICE.ips] === null)!;
    const noMacs = devices().find((d) => Array.isArray(d[DEVICE.macs]) && (d[DEVICE.macs] as unknown[]).length === 0)!;
    expect([lone, nullIps, noMacs].every(Boolean)).toBe(true);
    const res = await h.request(DevicesByIds, { ids: idsOf([lone, nullIps, noMacs]) });
    expect(res.body.errors).toBeUndefined();
    const [a, b, c] = res.body.data!.devicesByIds;
    expect(a).toEqual(expectedDevice(lone));
    expect(a!.hostnames).toEqual([lone[DEVICE.hostname]]);
    expect(b).toEqual(expectedDevice(nullIps));
    expect(b!.ipAddresses).toEqual([]);
    expect(c).toEqual(expectedDevice(noMacs));
    expect(c!.macAddresses).toEqual([]);
  });

  it("maps all 300 devices of a search the same way", async () => {
    const res = await h.request(
      graphql(`
        query DevSearchAllFields {
          searchDevices(limit: 2000) {
            totalCount
            items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters adapterCount labels }
          }
        }
      `),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.searchDevices.totalCount).toBe(300);
    expect(res.body.data!.searchDevices.items).toEqual(devices().map(expectedDevice));
    // Some devices have no preferred hostname: their hostname is the first of their hostnames.
    expect(devices().some((d) => d[DEVICE.hostnamePreferred] === undefined)).toBe(true);
  });

  it("answers null for an unknown id and for the id of a user", async () => {
    const unknown = await h.request(DeviceById, { id: "0".repeat(32) });
    expect(unknown.body).toEqual({ data: { device: null } });
    const user = await h.request(DeviceById, { id: h.sim.data.users[0].internal_axon_id as string });
    expect(user.body).toEqual({ data: { device: null } });
    expect(h.sim.log.count("assets.devices")).toBe(2);
  });
});

describe("devicesByIds", () => {
  it("keeps the order of the ids, with null where no device has the id, and repeats repeated ids", async () => {
    const [a, b, c] = [devices()[5], devices()[250], devices()[77]];
    const ids = [a, b, "f".repeat(32), c, a].map((x) => (typeof x === "string" ? x : (x.internal_axon_id as string)));
    const res = await h.request(DevicesByIds, { ids });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.devicesByIds).toEqual([expectedDevice(a), expectedDevice(b), null, expectedDevice(c), expectedDevice(a)]);
    expect(h.sim.log.count("assets.devices")).toBe(1);
    // Each id once upstream.
    expect(bodies(h, "assets.devices")[0].page).toEqual({ limit: 4, offset: 0 });
  });

  it("answers an empty list for no ids", async () => {
    const res = await h.request(DevicesByIds, { ids: [] });
    expect(res.body).toEqual({ data: { devicesByIds: [] } });
  });
});

describe("searchDevices", () => {
  it("pages through every device in Axonius' order: totalCount, offset, limit, hasNextPage", async () => {
    const first = await search(null, 7, 0);
    expect(first).toMatchObject({ totalCount: 300, offset: 0, limit: 7, hasNextPage: true });
    expect(first.items.map((d) => d.id)).toEqual(idsOf(devices().slice(0, 7)));

    const middle = await search(null, 50, 100);
    expect(middle).toMatchObject({ totalCount: 300, offset: 100, limit: 50, hasNextPage: true });
    expect(middle.items.map((d) => d.id)).toEqual(idsOf(devices().slice(100, 150)));

    const last = await search(null, 10, 294);
    expect(last).toMatchObject({ totalCount: 300, offset: 294, limit: 10, hasNextPage: false });
    expect(last.items.map((d) => d.id)).toEqual(idsOf(devices().slice(294)));

    const exact = await search(null, 100, 200);
    expect(exact.items).toHaveLength(100);
    expect(exact.hasNextPage).toBe(false);

    const beyond = await search(null, 10, 300);
    expect(beyond).toMatchObject({ totalCount: 300, offset: 300, hasNextPage: false, items: [] });

    expect(bodies(h, "assets.devices").map((b) => b.page)).toEqual([
      { limit: 7, offset: 0 },
      { limit: 50, offset: 100 },
      { limit: 10, offset: 294 },
      { limit: 100, offset: 200 },
      { limit: 10, offset: 300 },
    ]);
  });

  it("uses the default page (limit 1000, offset 0) when none is given", async () => {
    const res = await h.request(graphql(`query DevSearchDefaults { searchDevices { totalCount offset limit hasNextPage items { id } } }`));
    expect(res.body.data!.searchDevices).toMatchObject({ totalCount: 300, offset: 0, limit: 1000, hasNextPage: false });
    expect(res.body.data!.searchDevices.items.map((d) => d.id)).toEqual(idsOf(devices()));
    expect(bodies(h, "assets.devices")[0].page).toEqual({ limit: 1000, offset: 0 });
  });

  it("finds a device by an exact IPv4 address", async () => {
    const owner = devices().filter((d) => strings(d[DEVICE.ips]).includes("10.0.0.1"));
    expect(owner).toHaveLength(1);
    const page = await search({ ipAddresses: ["10.0.0.1"] });
    expect(page.totalCount).toBe(1);
    expect(page.items.map((d) => d.id)).toEqual(idsOf(owner));
    expect(page.items[0].ipAddresses).toContain("10.0.0.1");
  });

  it("OR-s several addresses, IPv6 included, in any letter case", async () => {
    const v6 = devices().find((d) => strings(d[DEVICE.ips]).some((ip) => ip.includes(":")))!;
    const v6Address = strings(v6[DEVICE.ips]).find((ip) => ip.includes(":"))!;
    expect(v6Address).toMatch(/[a-f]/); // so that upper case differs
    const v4 = devices()[3];
    const v4Address = strings(v4[DEVICE.ips])[0];

    const byV6 = await search({ ipAddresses: [v6Address.toUpperCase()] });
    expect(byV6.items.map((d) => d.id)).toEqual([v6.internal_axon_id]);
    expect(byV6.items[0].ipAddresses).toContain(v6Address);

    const both = await search({ ipAddresses: [v4Address, v6Address] });
    expect(both.items.map((d) => d.id).sort()).toEqual([v4.internal_axon_id, v6.internal_axon_id].sort());
    expect(both.totalCount).toBe(2);
  });

  it("matches an address exactly, not as a prefix", async () => {
    // 10.0.0.1 is a prefix of 10.0.0.10..19 and 10.0.0.100..199; only one device owns 10.0.0.1 itself.
    const page = await search({ ipAddresses: ["10.0.0.1"] });
    expect(page.totalCount).toBe(1);
    const none = await search({ ipAddresses: ["10.255.255.254"] });
    expect(none).toMatchObject({ totalCount: 0, items: [], hasNextPage: false });
  });

  it("matches hostnames exactly and case-insensitively, any of them", async () => {
    const target = devices()[20];
    const name = strings(target[DEVICE.hostname])[0];
    const flipped = [...name].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("");
    expect(flipped).not.toBe(name);
    const expected = devices().filter((d) => strings(d[DEVICE.hostname]).some((n) => n.toLowerCase() === name.toLowerCase()));

    const page = await search({ hostnames: [flipped] });
    expect(page.items.map((d) => d.id)).toEqual(idsOf(expected));
    expect(page.items.map((d) => d.id)).toContain(target.internal_axon_id);

    // Whole names only: a prefix of a name matches nothing.
    const prefix = await search({ hostnames: [name.slice(0, -1)] });
    expect(prefix.items.map((d) => d.id)).not.toContain(target.internal_axon_id);

    const other = devices()[150];
    const otherName = strings(other[DEVICE.hostname])[0];
    const two = await search({ hostnames: [name.toLowerCase(), otherName.toUpperCase()] });
    expect(two.items.map((d) => d.id)).toEqual(
      idsOf(devices().filter((d) => strings(d[DEVICE.hostname]).some((n) => [name, otherName].map((x) => x.toLowerCase()).includes(n.toLowerCase())))),
    );
  });

  it("finds a device by a fully qualified hostname, its dots taken literally", async () => {
    const withFqdn = devices().find((d) => strings(d[DEVICE.hostname]).some((n) => n.includes(".")))!;
    const fqdn = strings(withFqdn[DEVICE.hostname]).find((n) => n.includes("."))!;
    const page = await search({ hostnames: [fqdn.toUpperCase()] });
    expect(page.items.map((d) => d.id)).toEqual([withFqdn.internal_axon_id]);
    const dotless = await search({ hostnames: [fqdn.replace(/\./g, "x")] });
    expect(dotless.totalCount).toBe(0);
  });

  it("finds a device by its MAC address in every common notation", async () => {
    const target = devices()[31];
    const mac = strings(target[DEVICE.macs])[0]; // e.g. 00:50:56:AB:CD:EF
    expect(mac).toMatch(/^([0-9A-F]{2}:){5}[0-9A-F]{2}$/);
    const hex = mac.replace(/:/g, "");
    const notations = [
      mac,
      mac.toLowerCase(),
      mac.replace(/:/g, "-"),
      mac.replace(/:/g, "-").toLowerCase(),
      hex,
      hex.toLowerCase(),
      `${hex.slice(0, 4)}.${hex.slice(4, 8)}.${hex.slice(8)}`.toLowerCase(),
      `  ${mac.toLowerCase()} `,
    ];
    for (const notation of notations) {
      const page = await search({ macAddresses: [notation] });
      expect(page.items.map((d) => d.id), notation).toEqual([target.internal_axon_id]);
      expect(page.items[0].macAddresses).toContain(mac);
    }
    const second = devices()[32];
    const both = await search({ macAddresses: [mac.toLowerCase(), strings(second[DEVICE.macs])[0].replace(/:/g, "-")] });
    expect(both.items.map((d) => d.id)).toEqual(idsOf([target, second]));
  });

  it("passes raw AQL through and counts what it matches", async () => {
    const windows = devices().filter((d) => strings(d[DEVICE.osType]).includes("Windows"));
    expect(windows.length).toBeGreaterThan(0);
    const page = await search({ aql: '("specific_data.data.os.type" == "Windows")' }, 2000);
    expect(page.totalCount).toBe(windows.length);
    expect(page.items.map((d) => d.id)).toEqual(idsOf(windows));
    expect(bodies(h, "assets.devices")[0].query).toBe('("specific_data.data.os.type" == "Windows")');

    const labelled = devices().filter((d) => strings(d.labels).includes("Critical"));
    const critical = await search({ aql: '"labels" == "Critical"' }, 5);
    expect(critical.totalCount).toBe(labelled.length);
    expect(critical.items.map((d) => d.id)).toEqual(idsOf(labelled.slice(0, 5)));
  });

  it("AND-s different filter fields, and keeps a raw AQL `or` inside its own parentheses", async () => {
    const windows = devices().find((d) => strings(d[DEVICE.osType]).includes("Windows"))!;
    const linux = devices().find((d) => strings(d[DEVICE.osType]).includes("Linux"))!;
    const ips = [strings(windows[DEVICE.ips])[0], strings(linux[DEVICE.ips])[0]];

    const page = await search({ ipAddresses: ips, aql: '("specific_data.data.os.type" == "Windows")' });
    expect(page.items.map((d) => d.id)).toEqual([windows.internal_axon_id]);

    // An `or` in the raw AQL must not escape the AND: only the two ips' devices can match.
    const widened = await search({ ipAddresses: ips, aql: '"specific_data.data.os.type" == "Windows" or "specific_data.data.os.type" == "Linux"' });
    expect(widened.items.map((d) => d.id).sort()).toEqual([windows.internal_axon_id, linux.internal_axon_id].sort());

    const windowsName = strings(windows[DEVICE.hostname])[0];
    const mismatched = await search({ ipAddresses: [ips[1]], hostnames: [windowsName] });
    expect(mismatched.totalCount).toBe(0);
    const matched = await search({
      ipAddresses: [ips[0]],
      hostnames: [windowsName.toLowerCase()],
      macAddresses: [strings(windows[DEVICE.macs])[0].toLowerCase()],
    });
    expect(matched.items.map((d) => d.id)).toEqual([windows.internal_axon_id]);
  });

  it("keeps user input out of the query's shape", async () => {
    const page = await search({ hostnames: ['x") or ("specific_data.data.hostname" == regex(".*', "a\\b"] });
    expect(page.totalCount).toBe(0);
  });

  it("lists each device's last users, skipping names that are no user", async () => {
    const res = await h.request(SearchWithUsers, { filter: null, limit: 300 });
    expect(res.body.errors).toBeUndefined();
    const items = res.body.data!.searchDevices.items;
    expect(items).toHaveLength(300);
    let withUnknown = 0;
    let withUsers = 0;
    for (const [i, item] of items.entries()) {
      const record = devices()[i];
      expect(item.id).toBe(record.internal_axon_id);
      const expected = expectedLastUsedUserIds(record, h.sim.data.users);
      expect(item.lastUsedUsers!.map((u) => u.id)).toEqual(expected);
      for (const user of item.lastUsedUsers!) expect(strings(record[DEVICE.lastUsedUsers])).toContain(user.username);
      if (strings(record[DEVICE.lastUsedUsers]).length > expected.length) withUnknown++;
      if (expected.length > 0) withUsers++;
    }
    expect(withUnknown).toBeGreaterThan(0);
    expect(withUsers).toBeGreaterThan(0);
    // One devices search, one users search for every name of the page.
    expect(h.sim.log.count()).toBe(2);
  });
});
