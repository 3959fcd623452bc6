import { generateDevices } from "./devices.js";
import { generateEnforcements } from "./enforcements.js";
import { createRandom } from "./random.js";
import type { AssetRecord, Dataset, DatasetSizes } from "./types.js";
import { generateUsers } from "./users.js";

export const DEFAULT_SIZES: Required<DatasetSizes> = { devices: 2000, users: 800, enforcements: 40 };

/** The whole data set for a seed: the same seed and sizes always give identical data. */
export function generateDataset(seed: number | string = 1, sizes: DatasetSizes = {}): Dataset {
  const counts = { ...DEFAULT_SIZES, ...definedOnly(sizes) };
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`sizes.${name} must be a whole number ≥ 0, got ${value}`);
  }
  // One stream per kind, so that resizing one kind leaves the others' draws alone where possible.
  const usedIds = new Set<string>();
  const users = generateUsers(createRandom(`${seed}:users`), counts.users, usedIds);
  const devices = generateDevices(createRandom(`${seed}:devices`), counts.devices, users.flatMap(usernamesOf), usedIds);
  const enforcements = generateEnforcements(createRandom(`${seed}:enforcements`), counts.enforcements);
  return { devices: byAxonId(devices), users: byAxonId(users), enforcements };
}

function usernamesOf(user: AssetRecord): string[] {
  const value = user["specific_data.data.username"];
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === "string") : typeof value === "string" ? [value] : [];
}

function byAxonId(records: AssetRecord[]): AssetRecord[] {
  return records.sort((a, b) => (String(a.internal_axon_id) < String(b.internal_axon_id) ? -1 : 1));
}

function definedOnly(sizes: DatasetSizes): DatasetSizes {
  return Object.fromEntries(Object.entries(sizes).filter(([, value]) => value !== undefined));
}
