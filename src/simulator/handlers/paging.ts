/** Page bounds of the contract: limit 1..2000; offset from 0. */
export const MAX_PAGE_LIMIT = 2000;

/** Used when a request names no limit; the contract leaves it open, the gateway's default is 1000 too. */
export const DEFAULT_PAGE_LIMIT = 1000;

export type PageCheck = { ok: true; limit: number; offset: number } | { ok: false; detail: string };

export function checkPage(limit: unknown, offset: unknown): PageCheck {
  const pageLimit = limit ?? DEFAULT_PAGE_LIMIT;
  const pageOffset = offset ?? 0;
  if (typeof pageLimit !== "number" || !Number.isInteger(pageLimit) || pageLimit < 1 || pageLimit > MAX_PAGE_LIMIT) {
    return { ok: false, detail: `page limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}` };
  }
  if (typeof pageOffset !== "number" || !Number.isInteger(pageOffset) || pageOffset < 0) {
    return { ok: false, detail: "page offset must be a whole number ≥ 0" };
  }
  return { ok: true, limit: pageLimit, offset: pageOffset };
}

/** Query-string numbers: "10" is 10; "", "1.5", "ten" are kept as text so checkPage refuses them. */
export function queryNumber(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}
