const RELATIVE = /^NOW\s*(?:([+-])\s*(\d+)\s*([hdw]))?$/;
const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * Reads the argument of date(): an ISO date or date-time ("2025-11-01" is midnight UTC),
 * or "NOW", "NOW - 3d" with units h, d, w. NOW is the real clock at parse time.
 * Returns epoch milliseconds, or undefined when the text is not a date.
 */
export function parseDateArgument(text: string, now: number = Date.now()): number | undefined {
  const relative = RELATIVE.exec(text.trim());
  if (relative) {
    const [, sign, amount, unit] = relative;
    if (!sign) return now;
    const offset = Number(amount) * UNIT_MS[unit];
    return sign === "-" ? now - offset : now + offset;
  }
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  // A date-time without a zone would otherwise be read in the simulator host's local time.
  const zoned = /T[\d:.]+$/.test(text) ? `${text}Z` : text;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? undefined : time;
}
