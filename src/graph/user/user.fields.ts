/** The Axonius field paths behind each User field, and the mapping from a flat record to a User. */
import type { GraphQLResolveInfo } from "graphql";
import { parseAxoniusDate, type AssetRecord } from "../../axonius/index.js";
import { selectedPaths } from "../shared/selection.js";
import { distinct, firstBoolean, firstString, stringList } from "../shared/values.js";
import type { User } from "./user.type.js";

export const USER_PATHS = {
  username: "specific_data.data.username",
  mail: "specific_data.data.mail",
  displayName: "specific_data.data.display_name",
  domain: "specific_data.data.domain",
  isAdmin: "specific_data.data.is_admin",
  lastSeen: "specific_data.data.last_seen",
  labels: "labels",
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

/** The Axonius paths this operation selects on User (id and adapters always come back on their own). */
export function userPaths(info: GraphQLResolveInfo): string[] {
  return selectedPaths(info, "User", (fieldName, path) => (fieldName === "field" ? (path ? [path] : []) : (pathsByField[fieldName] ?? [])));
}

/** The usernames a user record answers to, for the by-username loader. */
export const usernamesOf = (record: AssetRecord): string[] => stringList(record[P.username]);

export function toUser(record: AssetRecord): User {
  return {
    id: record.internal_axon_id,
    username: firstString(record[P.username]),
    mail: firstString(record[P.mail]),
    displayName: firstString(record[P.displayName]),
    domain: firstString(record[P.domain]),
    isAdmin: firstBoolean(record[P.isAdmin]),
    lastSeen: parseAxoniusDate(record[P.lastSeen]),
    adapters: distinct(record.adapters),
    adapterCount: distinct(record.adapters).length,
    labels: distinct(stringList(record[P.labels])),
    record,
  };
}
