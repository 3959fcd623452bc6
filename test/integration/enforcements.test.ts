/** enforcement, enforcementsByIds and searchEnforcements with every filter, over HTTP against the simulator's sets. */
import { describe, expect, it } from "vitest";
import type { EnforcementSet } from "../../src/simulator/index.js";
import type { EnforcementFilter } from "../generated/graphql.js";
import { graphql } from "../generated/index.js";
import { useHarness } from "../support/harness.js";
import { expectedEnforcement } from "./helpers.js";

const h = useHarness();

// Every Enforcement field, spread by the lookups below (codegen inlines it into their documents).
graphql(`
  fragment EnfAllFields on Enforcement {
    id
    name
    description
    actionName
    actionType
    category
    assetType
    triggerQueryName
    period
    lastTriggered
    timesTriggered
    lastUpdated
    updatedBy
  }
`);

const EnforcementById = graphql(`
  query EnfById($id: ID!) {
    enforcement(id: $id) {
      ...EnfAllFields
    }
  }
`);

const EnforcementsByIds = graphql(`
  query EnfByIds($ids: [ID!]!) {
    enforcementsByIds(ids: $ids) {
      ...EnfAllFields
    }
  }
`);

const Search = graphql(`
  query EnfSearch($filter: EnforcementFilter, $limit: Int, $offset: Int) {
    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      offset
      limit
      hasNextPage
      items { ...EnfAllFields }
    }
  }
`);

const sets = () => h.sim.data.enforcements;
const idsOf = (list: readonly EnforcementSet[]) => list.map((s) => s.uuid);
const search = async (filter: EnforcementFilter | null, limit = 2000, offset = 0) => {
  const res = await h.request(Search, { filter, limit, offset });
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  return res.body.data!.searchEnforcements;
};
/** The UTC day ("YYYY-MM-DD") of a set's last_updated. */
const day = (set: EnforcementSet) => new Date(set.last_updated).toISOString().slice(0, 10);

describe("enforcement(id:) and enforcementsByIds", () => {
  it("maps every field of a set, with and without a trigger", async () => {
    const withTrigger = sets().find((s) => s.triggers.length > 0 && s.triggers[0].last_triggered)!;
    const withoutTrigger = sets().find((s) => s.triggers.length === 0)!;
    const neverRan = sets().find((s) => s.triggers.length > 0 && !s.triggers[0].last_triggered)!;
    for (const set of [withTrigger, withoutTrigger, neverRan]) {
      const res = await h.request(EnforcementById, { id: set.uuid });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.enforcement).toEqual(expectedEnforcement(set));
    }
    expect((await h.request(EnforcementById, { id: withoutTrigger.uuid })).body.data!.enforcement).toMatchObject({
      assetType: null,
      triggerQueryName: null,
      period: null,
      lastTriggered: null,
      timesTriggered: null,
    });
    expect(h.sim.log.count("enforcements.list")).toBe(4);
    expect(h.sim.log.entries[0].query).toEqual({ limit: "2000", offset: "0" });
  });

  it("answers null for an unknown uuid", async () => {
    const res = await h.request(EnforcementById, { id: "0".repeat(24) });
    expect(res.body).toEqual({ data: { enforcement: null } });
  });

  it("keeps the order of the ids, null where there is no such set", async () => {
    const [a, b, c] = [sets()[3], sets()[39], sets()[17]];
    const res = await h.request(EnforcementsByIds, { ids: [a.uuid, "nope", b.uuid, c.uuid, a.uuid] });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.enforcementsByIds).toEqual([a, null, b, c, a].map((s) => s && expectedEnforcement(s)));
    expect(h.sim.log.count()).toBe(1);
  });
});

describe("searchEnforcements", () => {
  it("lists every set in Axonius' order, one page at a time", async () => {
    const all = await search(null);
    expect(all).toMatchObject({ totalCount: 40, offset: 0, limit: 2000, hasNextPage: false });
    expect(all.items).toEqual(sets().map(expectedEnforcement));

    const page = await search(null, 15, 15);
    expect(page).toMatchObject({ totalCount: 40, offset: 15, limit: 15, hasNextPage: true });
    expect(page.items.map((s) => s.id)).toEqual(idsOf(sets().slice(15, 30)));

    const last = await search(null, 15, 30);
    expect(last).toMatchObject({ totalCount: 40, hasNextPage: false });
    expect(last.items.map((s) => s.id)).toEqual(idsOf(sets().slice(30)));

    const beyond = await search(null, 15, 45);
    expect(beyond).toMatchObject({ totalCount: 40, items: [], hasNextPage: false });
  });

  it("keeps sets whose lastUpdated falls on a day of [startDate, endDate], whole UTC days, end included", async () => {
    const days = [...new Set(sets().map(day))].sort();
    const start = days[5];
    const end = days[20];
    const expected = sets().filter((s) => day(s) >= start && day(s) <= end);
    const page = await search({ startDate: start, endDate: end });
    expect(page.totalCount).toBe(expected.length);
    expect(page.items.map((s) => s.id)).toEqual(idsOf(expected));

    // A set updated during the end day (after midnight) is in; one on the next day is out.
    const onEnd = sets().find((s) => day(s) === end)!;
    expect(new Date(onEnd.last_updated).getUTCHours() + new Date(onEnd.last_updated).getUTCMinutes()).toBeGreaterThan(0);
    expect(page.items.map((s) => s.id)).toContain(onEnd.uuid);
    const onStart = sets().find((s) => day(s) === start)!;
    expect(page.items.map((s) => s.id)).toContain(onStart.uuid);
    expect(page.items.map((s) => s.id)).not.toContain(sets().find((s) => day(s) === days[21])!.uuid);
    expect(page.items.map((s) => s.id)).not.toContain(sets().find((s) => day(s) === days[4])!.uuid);
  });

  it("takes a one-day range (startDate = endDate) as that whole UTC day", async () => {
    const target = sets()[7];
    const expected = sets().filter((s) => day(s) === day(target));
    const page = await search({ startDate: day(target), endDate: day(target) });
    expect(page.items.map((s) => s.id)).toEqual(idsOf(expected));
    expect(page.items.map((s) => s.id)).toContain(target.uuid);

    const empty = await search({ startDate: "2020-01-01", endDate: "2020-12-31" });
    expect(empty).toMatchObject({ totalCount: 0, items: [] });
  });

  it("matches the category case-insensitively", async () => {
    const category = sets()[0].actions.main.action.category;
    const expected = sets().filter((s) => s.actions.main.action.category === category);
    for (const asked of [category, category.toLowerCase(), category.toUpperCase()]) {
      const page = await search({ category: asked });
      expect(page.items.map((s) => s.id), asked).toEqual(idsOf(expected));
      expect(page.items.every((s) => s.category === category)).toBe(true);
    }
    expect((await search({ category: category.slice(0, -1) })).totalCount).toBe(0);
  });

  it("keeps sets of one asset type (the first trigger's)", async () => {
    for (const [assetType, entity] of [["USERS", "users"], ["DEVICES", "devices"]] as const) {
      const expected = sets().filter((s) => s.triggers[0]?.view.entity === entity);
      expect(expected.length).toBeGreaterThan(0);
      const page = await search({ assetType });
      expect(page.items.map((s) => s.id)).toEqual(idsOf(expected));
    }
  });

  it("keeps sets with any of the exact names", async () => {
    const [a, b] = [sets()[2], sets()[30]];
    const page = await search({ names: [b.name, a.name, "No such set"] });
    expect(page.items.map((s) => s.id)).toEqual(idsOf([a, b]));
    expect((await search({ names: [a.name.toUpperCase()] })).totalCount).toBe(0);
  });

  it("searches a case-insensitive substring of the name or the description", async () => {
    const byName = sets()[4].name.split(" ")[1];
    const expected = sets().filter((s) => `${s.name}\n${s.description}`.toLowerCase().includes(byName.toLowerCase()));
    const page = await search({ search: byName.toUpperCase() });
    expect(page.items.map((s) => s.id)).toEqual(idsOf(expected));
    expect(page.items.map((s) => s.id)).toContain(sets()[4].uuid);

    const described = sets().find((s) => s.description.length > 20)!;
    const fragment = described.description.slice(5, 18);
    const inDescription = sets().filter((s) => `${s.name}\n${s.description}`.toLowerCase().includes(fragment.toLowerCase()));
    const byDescription = await search({ search: fragment.toLowerCase() });
    expect(byDescription.items.map((s) => s.id)).toEqual(idsOf(inDescription));
    expect(byDescription.items.map((s) => s.id)).toContain(described.uuid);
  });

  it("AND-s the criteria, then pages the matches", async () => {
    const days = [...new Set(sets().map(day))].sort();
    const filter = { assetType: "DEVICES" as const, startDate: days[0], endDate: days[days.length - 10] };
    const expected = sets().filter((s) => s.triggers[0]?.view.entity === "devices" && day(s) <= filter.endDate);
    expect(expected.length).toBeGreaterThan(3);
    const first = await search(filter, 2, 0);
    expect(first).toMatchObject({ totalCount: expected.length, offset: 0, limit: 2, hasNextPage: true });
    expect(first.items.map((s) => s.id)).toEqual(idsOf(expected.slice(0, 2)));
    const rest = await search(filter, 2000, 2);
    expect(rest).toMatchObject({ totalCount: expected.length, hasNextPage: false });
    expect(rest.items.map((s) => s.id)).toEqual(idsOf(expected.slice(2)));

    const category = expected[0].actions.main.action.category;
    const narrow = await search({ ...filter, category: category.toLowerCase(), names: [expected[0].name] });
    expect(narrow.items.map((s) => s.id)).toEqual([expected[0].uuid]);
  });
});
