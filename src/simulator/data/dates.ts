import type { Random } from "./random.js";

/** Generated dates hang off this fixed instant, not the clock, so a seed always gives the same data. */
export const REFERENCE_DATE = new Date(Date.UTC(2025, 11, 1));

const DAY_MS = 86_400_000;

/** RFC 1123 in GMT, as Axonius writes dates: "Sat, 29 Nov 2025 12:04:54 GMT". */
export function rfc1123(time: number): string {
  return new Date(time).toUTCString();
}

/** A random instant between minDays and maxDays before the reference date. */
export function daysBeforeReference(random: Random, minDays: number, maxDays: number): string {
  const offset = minDays * DAY_MS + Math.floor(random.next() * (maxDays - minDays) * DAY_MS);
  return rfc1123(REFERENCE_DATE.getTime() - offset);
}

/** A random instant in [from, to] (UTC dates "YYYY-MM-DD"). */
export function between(random: Random, from: string, to: string): string {
  const start = Date.parse(from);
  const end = Date.parse(to);
  return rfc1123(start + Math.floor(random.next() * (end - start)));
}
