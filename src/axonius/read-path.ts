/** Reads a dotted path ("actions.main.name", "errors.0.detail") through nested objects and array indexes. */
export function readPath(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (Array.isArray(current) && /^\d+$/.test(key)) current = current[Number(key)];
    else if (typeof current === "object" && current !== null && !Array.isArray(current)) current = (current as Record<string, unknown>)[key];
    else return undefined;
  }
  return current;
}
