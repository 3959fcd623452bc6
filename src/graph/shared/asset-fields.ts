/**
 * What Device and User share: the fields every Axonius asset has, read the same way, and the selection of
 * paths for an asset type (its own fields' paths, plus whatever `field(path:)` asks for).
 */
import type { GraphQLResolveInfo } from "graphql";
import type { AssetRecord } from "../../axonius/index.js";
import { selectedPaths } from "./selection.js";
import { distinct, stringList } from "./values.js";

export const LABELS_PATH = "labels";

export interface AssetCommon {
  id: string;
  adapters: string[];
  adapterCount: number;
  labels: string[];
  /** The flat record it came from, for `field(path:)` and relations; not part of the schema. */
  record: AssetRecord;
}

export function assetCommon(record: AssetRecord): AssetCommon {
  const adapters = distinct(record.adapters);
  return { id: record.internal_axon_id, adapters, adapterCount: adapters.length, labels: distinct(stringList(record[LABELS_PATH])), record };
}

/** The Axonius paths an operation selects on one asset type (id and adapters come back on their own). */
export function assetPathsSelector(typeName: "Device" | "User", pathsByField: Readonly<Record<string, readonly string[]>>) {
  return (info: GraphQLResolveInfo): string[] =>
    selectedPaths(info, typeName, (fieldName, path) => (fieldName === "field" ? (path ? [path] : []) : (pathsByField[fieldName] ?? [])));
}
