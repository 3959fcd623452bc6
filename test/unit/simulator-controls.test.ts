import { afterEach, describe, expect, it, vi } from "vitest";
import { RequestLog, type LoggedRequest, type RouteKey } from "../../src/simulator/index.js";
import { checkCap, pushCapped } from "../../src/simulator/capped.js";
import { pickDelay } from "../../src/simulator/delay.js";

const entry = (route: RouteKey, n: number): LoggedRequest => ({ route, method: "GET", path: `/${n}`, query: {}, headers: {}, body: undefined, status: 200 });

describe("simulator RequestLog", () => {
  it("keeps everything by default", () => {
    const log = new RequestLog();
    for (let n = 0; n < 50; n++) log.add(entry("asset_types", n));
    expect(log.entries).toHaveLength(50);
    expect(log.count()).toBe(50);
  });
  it("with a cap keeps only the newest entries, but counts every request exactly, per route", () => {
    const log = new RequestLog(3);
    const live = log.entries;
    const routes: RouteKey[] = ["asset_types", "assets.devices", "asset_types", "enforcements.run", "assets.devices", "asset_types", "asset_types"];
    routes.forEach((route, n) => log.add(entry(route, n)));
    expect(live).toBe(log.entries);
    expect(log.entries.map((e) => e.path)).toEqual(["/4", "/5", "/6"]);
    expect(log.count()).toBe(7);
    expect(log.count("asset_types")).toBe(4);
    expect(log.count("assets.devices")).toBe(2);
    expect(log.count("enforcements.run")).toBe(1);
    expect(log.count("assets.users")).toBe(0);
  });
  it("clear() empties the entries and the counts", () => {
    const log = new RequestLog(2);
    for (let n = 0; n < 5; n++) log.add(entry("assets.users", n));
    log.clear();
    expect(log.entries).toEqual([]);
    expect(log.count()).toBe(0);
    expect(log.count("assets.users")).toBe(0);
    log.add(entry("assets.users", 9));
    expect(log.count("assets.users")).toBe(1);
  });
});

describe("simulator caps", () => {
  it("pushCapped drops the oldest items in place", () => {
    const list = [1, 2];
    pushCapped(list, 3, 2);
    expect(list).toEqual([2, 3]);
    pushCapped(list, 4, Number.POSITIVE_INFINITY);
    expect(list).toEqual([2, 3, 4]);
  });
  it("checkCap: undefined means unlimited; anything but a whole number ≥ 1 is refused", () => {
    expect(checkCap("maxLogEntries", undefined)).toBe(Number.POSITIVE_INFINITY);
    expect(checkCap("maxLogEntries", 1000)).toBe(1000);
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => checkCap("maxLogEntries", bad)).toThrow(RangeError);
  });
});

describe("simulator delays", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  it("a fixed delay is used as is; a range picks within its bounds", () => {
    expect(pickDelay(100)).toBe(100);
    vi.spyOn(Math, "random").mockReturnValueOnce(0).mockReturnValueOnce(0.5).mockReturnValueOnce(0.999999);
    expect(pickDelay([60, 80])).toBe(60);
    expect(pickDelay([60, 80])).toBe(70);
    const high = pickDelay([60, 80]);
    expect(high).toBeGreaterThan(79.99);
    expect(high).toBeLessThanOrEqual(80);
  });
});
