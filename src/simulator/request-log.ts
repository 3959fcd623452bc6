import { pushCapped } from "./capped.js";
import type { LoggedRequest, RouteKey } from "./types.js";

/**
 * Every request the simulator received, rejected ones included, so tests can count upstream calls.
 * With a cap, `entries` keeps only the newest requests while `count()` still counts every one seen.
 */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];
  private total = 0;
  private readonly perRoute = new Map<RouteKey, number>();

  /** @param maxEntries how many of the newest entries to keep; unlimited by default. */
  constructor(private readonly maxEntries = Number.POSITIVE_INFINITY) {}

  /** Requests received since the start or the last clear(), dropped entries included. */
  count(route?: RouteKey): number {
    return route === undefined ? this.total : (this.perRoute.get(route) ?? 0);
  }

  /** Empties the log and its counts in place, so a reference to `entries` stays live. */
  clear(): void {
    this.entries.length = 0;
    this.total = 0;
    this.perRoute.clear();
  }

  add(entry: LoggedRequest): void {
    this.total++;
    this.perRoute.set(entry.route, (this.perRoute.get(entry.route) ?? 0) + 1);
    pushCapped(this.entries, entry, this.maxEntries);
  }
}
