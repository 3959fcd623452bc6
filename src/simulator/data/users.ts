import { daysBeforeReference } from "./dates.js";
import { DNS_SUFFIX, FIRST_NAMES, LAST_NAMES, SERVICE_ACCOUNTS, UNKNOWN_LAST_USED_USERS, USER_DOMAINS } from "./names.js";
import { uniqueHex, type Random } from "./random.js";
import type { AssetRecord } from "./types.js";

const USER_LABELS: ReadonlyArray<readonly [string[], number]> = [
  [[], 80],
  [["Terminated"], 5],
  [["VIP"], 4],
  [["Exclusion List"], 4],
  [["Contractor"], 7],
];

/** Users come first: devices' last_used_users refer to their usernames. */
export function generateUsers(random: Random, count: number, usedIds: Set<string>): AssetRecord[] {
  const usernames = new Set<string>(UNKNOWN_LAST_USED_USERS);
  const users: AssetRecord[] = [];
  for (let i = 0; i < count; i++) {
    const service = random.chance(0.04);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const base = service ? `svc_${random.pick(SERVICE_ACCOUNTS)}` : `${first[0]}${last}`.toLowerCase();
    const username = uniqueName(base, usernames);
    const domain = random.pick(USER_DOMAINS);
    const isAdmin = service ? random.chance(0.5) : random.chance(0.07);
    const adapters = userAdapters(random);
    const record: AssetRecord = {
      internal_axon_id: uniqueHex(random, 32, usedIds),
      adapters,
      adapter_list_length: new Set(adapters).size,
      labels: isAdmin && random.chance(0.6) ? ["Privileged"] : random.weighted(USER_LABELS),
      "specific_data.data.username": [username],
      "specific_data.data.display_name": [service ? `${username} (service)` : `${first} ${last}`],
      "specific_data.data.domain": [domain],
      "specific_data.data.is_admin": isAdmin,
      "specific_data.data.last_seen": random.chance(0.06) ? daysBeforeReference(random, 60, 400) : daysBeforeReference(random, 0, 60),
    };
    if (!service && random.chance(0.9)) {
      const mailDomain = domain === "EMEA" ? `emea.${DNS_SUFFIX}` : DNS_SUFFIX;
      record["specific_data.data.mail"] = [`${username}@${mailDomain}`];
    }
    users.push(record);
  }
  makeIrregular(users);
  return users;
}

function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}${n}`;
  used.add(name);
  return name;
}

function userAdapters(random: Random): string[] {
  const adapters = ["active_directory_adapter"];
  // A second AD connection (another forest) repeats the adapter name, as real data does.
  if (random.chance(0.08)) adapters.push("active_directory_adapter");
  if (random.chance(0.7)) adapters.push("azure_ad_adapter");
  if (random.chance(0.4)) adapters.push("okta_adapter");
  if (random.chance(0.2)) adapters.push("duo_adapter");
  return adapters;
}

/** A few records with the odd shapes the contract says clients must accept. */
function makeIrregular(users: AssetRecord[]): void {
  users.forEach((user, i) => {
    if (i % 101 !== 7) return;
    switch (Math.floor(i / 101) % 3) {
      case 0:
        user["specific_data.data.username"] = (user["specific_data.data.username"] as string[])[0];
        break;
      case 1:
        user["specific_data.data.display_name"] = null;
        break;
      default:
        user["specific_data.data.mail"] = [];
    }
  });
}
