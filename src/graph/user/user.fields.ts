/** The Axonius field paths behind each User field, and the mapping from a flat record to a User. */
import { parseAxoniusDate, type AssetRecord } from "../../axonius/index.js";
import { assetCommon, assetPathsSelector, LABELS_PATH } from "../shared/asset-fields.js";
import { firstBoolean, firstString, stringList } from "../shared/values.js";
import type { User } from "./user.type.js";

export const USER_PATHS = {
  username: "specific_data.data.username",
  mail: "specific_data.data.mail",
  displayName: "specific_data.data.display_name",
  domain: "specific_data.data.domain",
  isAdmin: "specific_data.data.is_admin",
  lastSeen: "specific_data.data.last_seen",
  labels: LABELS_PATH,
} as const;

const P = USER_PATHS;
const pathsByField: Record<string, readonly string[]> = {
  username: [P.username],
  mail: [P.mail],
  displayName: [P.displayName],
  domain: [P.domain],
  isAdmin: [P.isAdmin],
  lastSeen: [P.lastSeen],
  labels: [P.labels],
};

/** The Axonius paths this operation selects on User. */
export const userPaths = assetPathsSelector("User", pathsByField);

/** The usernames a user record answers to, for the by-username loader. */
export const usernamesOf = (record: AssetRecord): string[] => stringList(record[P.username]);

export function toUser(record: AssetRecord): User {
  return {
    ...assetCommon(record),
    username: firstString(record[P.username]),
    mail: firstString(record[P.mail]),
    displayName: firstString(record[P.displayName]),
    domain: firstString(record[P.domain]),
    isAdmin: firstBoolean(record[P.isAdmin]),
    lastSeen: parseAxoniusDate(record[P.lastSeen]),
  };
}
