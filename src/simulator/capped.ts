/** Checks a `maxLogEntries`-style cap: undefined (unlimited) or a whole number ≥ 1. */
export function checkCap(name: string, cap: number | undefined): number {
  if (cap === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(cap) || cap < 1) throw new RangeError(`${name} must be a whole number ≥ 1, got ${cap}`);
  return cap;
}

/** Appends in place, then drops the oldest items beyond `cap`, so a reference to `list` stays live. */
export function pushCapped<T>(list: T[], item: T, cap: number): void {
  list.push(item);
  if (list.length > cap) list.splice(0, list.length - cap);
}
