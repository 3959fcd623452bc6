/**
 * Tolerant readers for flat Axonius values: a field may be missing, null, [], a list, or a lone value
 * where a list is usual. Everything here accepts all of these.
 */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function stringList(value: unknown): string[] {
  return asList(value).filter((v): v is string => typeof v === "string" && v !== "");
}

export function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

export function firstString(value: unknown): string | null {
  return stringList(value)[0] ?? null;
}

export function firstBoolean(value: unknown): boolean | null {
  const first = asList(value).find((v) => typeof v === "boolean");
  return typeof first === "boolean" ? first : null;
}
