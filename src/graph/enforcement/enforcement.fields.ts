import type { EnforcementSet } from "../../axonius/index.js";
import { AssetType, type Enforcement } from "./enforcement.type.js";

export function toEnforcement(set: EnforcementSet): Enforcement {
  const { uuid, assetType, ...rest } = set;
  return { ...rest, id: uuid, assetType: assetType === "devices" ? AssetType.DEVICES : assetType === "users" ? AssetType.USERS : null };
}
