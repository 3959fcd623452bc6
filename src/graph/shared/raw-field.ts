import type { AssetRecord } from "../../axonius/index.js";
import { BadUserInputError } from "./errors.js";
import { isFieldPath } from "./selection.js";

/** `field(path:)`: the raw value as Axonius sent it, or null. A path that is not a field path never went upstream. */
export function rawField(record: AssetRecord, path: string): unknown {
  if (!isFieldPath(path)) throw new BadUserInputError(`path "${path.slice(0, 100)}" is not an Axonius field path.`);
  // Own keys only: "constructor" or "__proto__" must read as absent fields, not as Object's prototype.
  return Object.hasOwn(record, path) ? (record[path] ?? null) : null;
}
