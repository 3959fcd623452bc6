/** user, usersByIds and searchUsers (by username and by AQL), over HTTP against the simulator's data. */
import { describe, expect, it } from "vitest";
import type { AssetRecord } from "../../src/simulator/index.js";
import type { UserFilter } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { useHarness } from "../support/harness.js";
import { bodies, expectedUser, strings, USER } from "./helpers.js";

const h = useHarness();

const UserById = graphql(`
  query UsrUserById($id: ID!) {
    user(id: $id) {
      id
      username
      mail
      displayName
      domain
      isAdmin
      lastSeen
      adapters
      adapterCount
      labels
      usernames: field(path: "specific_data.data.username")
    }
  }
`);

const UsersByIds = graphql(`
  query UsrUsersByIds($ids: [ID!]!) {
    usersByIds(ids: $ids) { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }
  }
`);

const Search = graphql(`
  query UsrSearch($filter: UserFilter, $limit: Int, $offset: Int) {
    searchUsers(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      offset
      limit
      hasNextPage
      items { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }
    }
  }
`);

const users = () => h.sim.data.users;
const idsOf = (records: readonly AssetRecord[]) => records.map((r) => r.internal_axon_id as string);
const search = async (filter: UserFilter | null, limit = 2000, offset = 0) => {
  const res = await h.request(Search, { filter, limit, offset });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.searchUsers;
};

describe("user(id:)", () => {
  it("maps every field of a user from its Axonius record, field(path:) giving the raw value", async () => {
    for (const record of [users()[0], users()[60], users()[119]]) {
      const res = await h.request(UserById, { id: record.internal_axon_id as string });
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.user).toEqual({ ...expectedUser(record), usernames: record[USER.username] });
    }
    expect(h.sim.log.count("assets.users")).toBe(3);
  });

  it("answers null for an unknown id and for a device's id", async () => {
    expect((await h.request(UserById, { id: "a".repeat(32) })).body).toEqual({ data: { user: null } });
    expect((await h.request(UserById, { id: h.sim.data.devices[0].internal_axon_id as string })).body).toEqual({ data: { user: null } });
  });
});

describe("usersByIds", () => {
  it("keeps the order of the ids, null where there is no such user", async () => {
    const [a, b] = [users()[10], users()[90]];
    const res = await h.request(UsersByIds, { ids: [b.internal_axon_id as string, "0".repeat(32), a.internal_axon_id as string] });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.usersByIds).toEqual([expectedUser(b), null, expectedUser(a)]);
    expect(h.sim.log.count("assets.users")).toBe(1);
  });

  it("tolerates a lone username and a null display name", async () => {
    const lone = users().find((u) => typeof u[USER.username] === "string")!;
    const noDisplay = users().find((u) => u[USER.displayName] === null)!;
    expect(lone && noDisplay).toBeTruthy();
    const res = await h.request(UsersByIds, { ids: idsOf([lone, noDisplay]) });
    expect(res.body.data!.usersByIds).toEqual([expectedUser(lone), expectedUser(noDisplay)]);
    expect(res.body.data!.usersByIds[0]!.username).toBe(lone[USER.username]);
    expect(res.body.data!.usersByIds[1]!.displayName).toBeNull();
  });
});

describe("searchUsers", () => {
  it("pages through every user: totalCount, offset, limit, hasNextPage", async () => {
    const all = await search(null);
    expect(all).toMatchObject({ totalCount: 120, offset: 0, limit: 2000, hasNextPage: false });
    expect(all.items).toEqual(users().map(expectedUser));

    const page = await search(null, 25, 100);
    expect(page).toMatchObject({ totalCount: 120, offset: 100, limit: 25, hasNextPage: false });
    expect(page.items.map((u) => u.id)).toEqual(idsOf(users().slice(100)));

    const first = await search(null, 25, 0);
    expect(first.hasNextPage).toBe(true);
    expect(first.items.map((u) => u.id)).toEqual(idsOf(users().slice(0, 25)));
  });

  it("finds a user by exact username", async () => {
    const target = users()[33];
    const name = strings(target[USER.username])[0];
    const page = await search({ username: name });
    expect(page.totalCount).toBe(1);
    expect(page.items).toEqual([expectedUser(target)]);
    expect(bodies(h, "assets.users")[0].query).toBe(`("specific_data.data.username" == "${name}")`);

    // Exact: neither a prefix nor another letter case matches.
    expect((await search({ username: name.slice(0, -1) })).items.map((u) => u.id)).not.toContain(target.internal_axon_id);
    expect((await search({ username: name.toUpperCase() })).totalCount).toBe(0);
  });

  it("finds a user whose username is a lone value", async () => {
    const lone = users().find((u) => typeof u[USER.username] === "string")!;
    const page = await search({ username: lone[USER.username] as string });
    expect(page.items.map((u) => u.id)).toEqual([lone.internal_axon_id]);
  });

  it("passes raw AQL through, AND-ed with the username", async () => {
    const admins = users().filter((u) => u[USER.isAdmin] === true);
    expect(admins.length).toBeGreaterThan(0);
    const page = await search({ aql: '("specific_data.data.is_admin" == true)' });
    expect(page.totalCount).toBe(admins.length);
    expect(page.items.map((u) => u.id)).toEqual(idsOf(admins));
    expect(page.items.every((u) => u.isAdmin === true)).toBe(true);

    const admin = admins[0];
    const nonAdmin = users().find((u) => u[USER.isAdmin] === false)!;
    const both = await search({ username: strings(admin[USER.username])[0], aql: '("specific_data.data.is_admin" == true)' });
    expect(both.items.map((u) => u.id)).toEqual([admin.internal_axon_id]);
    const none = await search({ username: strings(nonAdmin[USER.username])[0], aql: '("specific_data.data.is_admin" == true)' });
    expect(none).toMatchObject({ totalCount: 0, items: [], hasNextPage: false });
  });

  it("keeps a quote in a username inside its string literal", async () => {
    const page = await search({ username: 'x") or ("specific_data.data.username" == regex(".*") or ("a' });
    expect(page.totalCount).toBe(0);
  });
});
