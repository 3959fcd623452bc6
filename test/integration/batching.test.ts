/** Upstream call counts and the fields each call asks for, read from the simulator's request log. */
import { describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { useHarness } from "../support/harness.js";
import { bodies, DEVICE, expectedLastUsedUserIds, strings, USER } from "./helpers.js";

const h = useHarness();

const devices = () => h.sim.data.devices;
const ids = (from: number, count: number) => devices().slice(from, from + count).map((d) => d.internal_axon_id as string);

describe("batching", () => {
  it("devicesByIds with 50 ids is one upstream call", async () => {
    const wanted = ids(100, 50);
    const res = await h.request(graphql(`query BatchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname } }`), { ids: wanted });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.devicesByIds.map((d) => d?.id)).toEqual(wanted);
    expect(h.sim.log.count()).toBe(1);
    const [body] = bodies(h, "assets.devices");
    expect(body.page).toEqual({ limit: 50, offset: 0 });
    for (const id of wanted) expect(body.query).toContain(`"${id}"`);
  });

  it("30 aliased device(id:) fields are one upstream call", async () => {
    const wanted = ids(0, 30);
    const typed = await h.request(
      graphql(`
        query BatchAliased(
          $a0: ID!, $a1: ID!, $a2: ID!, $a3: ID!, $a4: ID!, $a5: ID!, $a6: ID!, $a7: ID!, $a8: ID!, $a9: ID!,
          $b0: ID!, $b1: ID!, $b2: ID!, $b3: ID!, $b4: ID!, $b5: ID!, $b6: ID!, $b7: ID!, $b8: ID!, $b9: ID!,
          $c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!, $c7: ID!, $c8: ID!, $c9: ID!
        ) {
          a0: device(id: $a0) { id hostname } a1: device(id: $a1) { id hostname } a2: device(id: $a2) { id hostname }
          a3: device(id: $a3) { id hostname } a4: device(id: $a4) { id hostname } a5: device(id: $a5) { id hostname }
          a6: device(id: $a6) { id hostname } a7: device(id: $a7) { id hostname } a8: device(id: $a8) { id hostname }
          a9: device(id: $a9) { id hostname }
          b0: device(id: $b0) { id hostname } b1: device(id: $b1) { id hostname } b2: device(id: $b2) { id hostname }
          b3: device(id: $b3) { id hostname } b4: device(id: $b4) { id hostname } b5: device(id: $b5) { id hostname }
          b6: device(id: $b6) { id hostname } b7: device(id: $b7) { id hostname } b8: device(id: $b8) { id hostname }
          b9: device(id: $b9) { id hostname }
          c0: device(id: $c0) { id hostname } c1: device(id: $c1) { id hostname } c2: device(id: $c2) { id hostname }
          c3: device(id: $c3) { id hostname } c4: device(id: $c4) { id hostname } c5: device(id: $c5) { id hostname }
          c6: device(id: $c6) { id hostname } c7: device(id: $c7) { id hostname } c8: device(id: $c8) { id hostname }
          c9: device(id: $c9) { id hostname }
        }
      `),
      Object.fromEntries(wanted.map((id, i) => [`${"abc"[Math.floor(i / 10)]}${i % 10}`, id])) as never,
    );
    expect(typed.body.errors).toBeUndefined();
    const data = typed.body.data as Record<string, { id: string } | null>;
    wanted.forEach((id, i) => expect(data[`${"abc"[Math.floor(i / 10)]}${i % 10}`]?.id).toBe(id));
    expect(h.sim.log.count()).toBe(1);
    expect(bodies(h, "assets.devices")[0].page).toEqual({ limit: 30, offset: 0 });
  });

  it("100 devices with their last users are two upstream calls in all", async () => {
    const res = await h.request(
      graphql(`
        query BatchDevicesWithUsers {
          searchDevices(limit: 100) {
            items { id lastUsedUsers { id username displayName } }
          }
        }
      `),
    );
    expect(res.body.errors).toBeUndefined();
    const items = res.body.data!.searchDevices.items;
    expect(items).toHaveLength(100);
    items.forEach((item, i) => expect(item.lastUsedUsers!.map((u) => u.id)).toEqual(expectedLastUsedUserIds(devices()[i], h.sim.data.users)));
    expect(items.flatMap((i) => i.lastUsedUsers!).length).toBeGreaterThan(20);
    expect(h.sim.log.entries.map((e) => e.route)).toEqual(["assets.devices", "assets.users"]);

    // The users call asks for every name of the page once, and only the user fields selected.
    const names = new Set(devices().slice(0, 100).flatMap((d) => strings(d[DEVICE.lastUsedUsers])));
    const [usersBody] = bodies(h, "assets.users");
    for (const name of names) expect(usersBody.query).toContain(`"${name}"`);
    expect(usersBody.fields).toEqual([USER.displayName, USER.username]);
    expect(bodies(h, "assets.devices")[0].fields).toEqual([DEVICE.lastUsedUsers]);
  });

  it("enforcement lookups and a search in one request list the sets once", async () => {
    const sets = h.sim.data.enforcements;
    const res = await h.request(
      graphql(`
        query BatchEnforcements($a: ID!, $b: ID!, $ids: [ID!]!) {
          one: enforcement(id: $a) { id name }
          two: enforcement(id: $b) { id name }
          enforcementsByIds(ids: $ids) { id }
          searchEnforcements(limit: 3) { totalCount items { id } }
        }
      `),
      { a: sets[0].uuid, b: sets[1].uuid, ids: [sets[2].uuid, sets[3].uuid, "unknown"] },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({
      one: { id: sets[0].uuid, name: sets[0].name },
      two: { id: sets[1].uuid, name: sets[1].name },
      enforcementsByIds: [{ id: sets[2].uuid }, { id: sets[3].uuid }, null],
      searchEnforcements: { totalCount: 40, items: sets.slice(0, 3).map((s) => ({ id: s.uuid })) },
    });
    expect(h.sim.log.count()).toBe(1);
    expect(h.sim.log.count("enforcements.list")).toBe(1);
  });

  it("each request gets its own data: a second request lists the sets again", async () => {
    const doc = graphql(`query BatchEnforcementAgain($id: ID!) { enforcement(id: $id) { id } }`);
    await h.request(doc, { id: h.sim.data.enforcements[0].uuid });
    await h.request(doc, { id: h.sim.data.enforcements[0].uuid });
    expect(h.sim.log.count("enforcements.list")).toBe(2);
  });
});

describe("upstream fields", () => {
  it("a query selecting only hostname asks for exactly hostname_preferred and hostname", async () => {
    const res = await h.request(graphql(`query BatchHostnameOnly { searchDevices(limit: 3) { items { hostname } } }`));
    expect(res.body.errors).toBeUndefined();
    expect(bodies(h, "assets.devices")[0].fields).toEqual([DEVICE.hostname, DEVICE.hostnamePreferred]);
  });

  it("the same goes for lookups by id, and for the id alone (no field path at all)", async () => {
    await h.request(graphql(`query BatchHostnameById($id: ID!) { device(id: $id) { hostname } }`), { id: ids(0, 1)[0] });
    expect(bodies(h, "assets.devices")[0].fields).toEqual([DEVICE.hostname, DEVICE.hostnamePreferred]);
    h.sim.log.clear();
    const res = await h.request(graphql(`query BatchIdOnly { searchDevices(limit: 3) { items { id adapters adapterCount } } }`));
    expect(res.body.data!.searchDevices.items[0].adapterCount).toBe(new Set(devices()[0].adapters as string[]).size);
    expect(bodies(h, "assets.devices")[0].fields).toEqual(["internal_axon_id"]);
  });

  it("every selected field maps to its paths, fragments included", async () => {
    graphql(`fragment BatchNet on Device { ipAddresses macAddresses raw: field(path: "specific_data.data.name") }`);
    const res = await h.request(
      graphql(`
        query BatchManyFields {
          searchDevices(limit: 2) { items { ...BatchNet os { type } lastSeen labels } }
        }
      `),
    );
    expect(res.body.errors).toBeUndefined();
    expect(bodies(h, "assets.devices")[0].fields).toEqual(
      ["labels", DEVICE.ips, DEVICE.macs, "specific_data.data.name", DEVICE.lastSeen, DEVICE.osDistribution, DEVICE.osType].sort(),
    );
  });

  it("field(path:) paths are sent upstream, literal or from a variable, and come back raw", async () => {
    const record = devices().find((d) => d[DEVICE.serial] !== undefined)!;
    const doc = graphql(`
      query BatchRawFields($id: ID!, $path: String!) {
        device(id: $id) {
          serial: field(path: "specific_data.data.device_serial")
          named: field(path: $path)
        }
      }
    `);
    const res = await h.request(doc, { id: record.internal_axon_id as string, path: "specific_data.data.name" });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.device).toEqual({ serial: record[DEVICE.serial], named: record["specific_data.data.name"] });
    expect(bodies(h, "assets.devices")[0].fields).toEqual([DEVICE.serial, "specific_data.data.name"]);
  });

  it("the same document with another path variable asks for that path (no stale per-document cache)", async () => {
    const record = devices()[7];
    const doc = graphql(`query BatchRawByVariable($id: ID!, $path: String!) { device(id: $id) { value: field(path: $path) } }`);
    const paths = [DEVICE.osType, DEVICE.ips, "adapter_list_length", DEVICE.macs];
    for (const path of paths) {
      h.sim.log.clear();
      const res = await h.request(doc, { id: record.internal_axon_id as string, path });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.device!.value, path).toEqual(record[path]);
      expect(bodies(h, "assets.devices")[0].fields, path).toEqual([path]);
    }
    const searchDoc = graphql(`query BatchSearchRawByVariable($path: String!) { searchDevices(limit: 1) { items { value: field(path: $path) } } }`);
    for (const path of [DEVICE.serial, DEVICE.hostname]) {
      const res = await h.request(searchDoc, { path });
      expect(res.body.data!.searchDevices.items[0].value, path).toEqual(devices()[0][path] ?? null);
    }
  });

  it("users: only the selected user paths, plus raw ones", async () => {
    const user = h.sim.data.users[3];
    await h.request(graphql(`query BatchUserFields($id: ID!) { user(id: $id) { mail isAdmin raw: field(path: "specific_data.data.domain") } }`), {
      id: user.internal_axon_id as string,
    });
    expect(bodies(h, "assets.users")[0].fields).toEqual([USER.domain, USER.isAdmin, USER.mail]);
  });
});
