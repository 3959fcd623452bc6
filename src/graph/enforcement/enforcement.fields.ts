import type { EnforcementSet } from "../../axonius/index.js";
import { AssetType, type Enforcement } from "./enforcement.type.js";

/** GraphQL's Int is 32-bit: a larger count cannot be shown, so it reads as unknown rather than failing. */
const asGraphQLInt = (n: number | null) => (n !== null && Math.abs(n) <= 2 ** 31 - 1 ? n : null);

export function toEnforcement(set: EnforcementSet): Enforcement {
  const { uuid, assetType, timesTriggered, ...rest } = set;
  return {
    ...rest,
    id: uuid,
    assetType: assetType === "devices" ? AssetType.DEVICES : assetType === "users" ? AssetType.USERS : null,
    timesTriggered: asGraphQLInt(timesTriggered),
  };
}
