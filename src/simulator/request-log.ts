import type { LoggedRequest, RouteKey } from "./types.js";

/** Every request the simulator received, rejected ones included, so tests can count upstream calls. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  count(route?: RouteKey): number {
    return route === undefined ? this.entries.length : this.entries.filter((entry) => entry.route === route).length;
  }

  /** Empties the log in place, so a reference to `entries` stays live. */
  clear(): void {
    this.entries.length = 0;
  }

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
  }
}
