/** The Axonius field paths behind each Device field, and the mapping from a flat record to a Device. */
import { parseAxoniusDate, type AssetRecord } from "../../axonius/index.js";
import { assetCommon, assetPathsSelector, LABELS_PATH } from "../shared/asset-fields.js";
import { distinct, firstString, stringList } from "../shared/values.js";
import type { Device } from "./device.type.js";

export const DEVICE_PATHS = {
  hostname: "specific_data.data.hostname",
  hostnamePreferred: "specific_data.data.hostname_preferred",
  ips: "specific_data.data.network_interfaces.ips",
  macs: "specific_data.data.network_interfaces.mac",
  osType: "specific_data.data.os.type",
  osDistribution: "specific_data.data.os.distribution",
  lastSeen: "specific_data.data.last_seen",
  lastUsedUsers: "specific_data.data.last_used_users",
  labels: LABELS_PATH,
} as const;

const P = DEVICE_PATHS;
const pathsByField: Record<string, readonly string[]> = {
  hostname: [P.hostnamePreferred, P.hostname],
  hostnames: [P.hostname],
  ipAddresses: [P.ips],
  macAddresses: [P.macs],
  os: [P.osType, P.osDistribution],
  lastSeen: [P.lastSeen],
  labels: [P.labels],
  lastUsedUsers: [P.lastUsedUsers],
};

/** The Axonius paths this operation selects on Device. */
export const devicePaths = assetPathsSelector("Device", pathsByField);

export function toDevice(record: AssetRecord): Device {
  const osType = firstString(record[P.osType]);
  const osDistribution = firstString(record[P.osDistribution]);
  return {
    ...assetCommon(record),
    hostname: firstString(record[P.hostnamePreferred]) ?? firstString(record[P.hostname]),
    hostnames: distinct(stringList(record[P.hostname])),
    ipAddresses: distinct(stringList(record[P.ips])),
    macAddresses: distinct(stringList(record[P.macs])),
    os: osType || osDistribution ? { type: osType, distribution: osDistribution } : null,
    lastSeen: parseAxoniusDate(record[P.lastSeen]),
  };
}

/** The usernames a device lists as its last users, each once. */
export function lastUsedUsernames(device: Device): string[] {
  return distinct(stringList(device.record[P.lastUsedUsers]));
}
