import { daysBeforeReference } from "./dates.js";
import { deviceAdapters, DEVICE_KINDS, operatingSystem, type DeviceKind } from "./device-profiles.js";
import { DNS_SUFFIX, LINUX_ROLES, UNKNOWN_LAST_USED_USERS } from "./names.js";
import { ipv4, ipv6, mac, OUI, secondaryIpv4 } from "./network.js";
import { uniqueHex, type Random } from "./random.js";
import type { AssetRecord } from "./types.js";

const DEVICE_LABELS: ReadonlyArray<readonly [string[], number]> = [
  [[], 72],
  [["Exclusion List"], 7],
  [["Critical"], 8],
  [["Critical", "PCI"], 3],
  [["Unmanaged"], 5],
  [["Decommission"], 2],
  [["Lab"], 3],
];

const SERVER_ADMINS_SHARE = 0.3;

interface Naming {
  counters: Map<string, number>;
  usernames: readonly string[];
}

export function generateDevices(random: Random, count: number, usernames: readonly string[], usedIds: Set<string>): AssetRecord[] {
  const naming: Naming = { counters: new Map(), usernames };
  const macSalt = random.int(0, 0xffffff);
  const devices: AssetRecord[] = [];
  for (let i = 0; i < count; i++) {
    const kind = random.weighted(DEVICE_KINDS);
    const cloud = random.chance(0.35);
    const owner = usernames.length > 0 ? random.pick(usernames) : undefined;
    const short = shortName(random, kind, naming, owner);
    const fqdn = `${short.toLowerCase()}.${DNS_SUFFIX}`;
    const adapters = deviceAdapters(random, kind, cloud);
    const os = operatingSystem(random, kind);
    const record: AssetRecord = {
      internal_axon_id: uniqueHex(random, 32, usedIds),
      adapters,
      adapter_list_length: new Set(adapters).size,
      labels: random.weighted(DEVICE_LABELS),
      "specific_data.data.hostname": kind !== "mobile" && random.chance(0.4) ? [short, fqdn] : [short],
      "specific_data.data.name": [short],
      "specific_data.data.network_interfaces.ips": addresses(random, kind, i),
      "specific_data.data.network_interfaces.mac": macs(random, kind, cloud, i, count, macSalt),
      "specific_data.data.os.type": os.type,
      "specific_data.data.os.distribution": os.distribution,
      "specific_data.data.last_seen": random.chance(0.1) ? daysBeforeReference(random, 30, 180) : daysBeforeReference(random, 0, 30),
    };
    if (random.chance(0.85)) record["specific_data.data.hostname_preferred"] = random.chance(0.7) ? short : fqdn;
    const users = lastUsedUsers(random, kind, owner, usernames);
    if (users) record["specific_data.data.last_used_users"] = users;
    if (random.chance(0.9)) record["specific_data.data.device_serial"] = serial(random, kind, cloud);
    devices.push(record);
  }
  makeIrregular(devices);
  return devices;
}

function shortName(random: Random, kind: DeviceKind, naming: Naming, owner: string | undefined): string {
  const next = (prefix: string) => {
    const n = (naming.counters.get(prefix) ?? 0) + 1;
    naming.counters.set(prefix, n);
    return n;
  };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  switch (kind) {
    case "workstation":
      return `WKS-${pad(next("WKS"), 4)}`;
    case "windows_server": {
      // The first few Windows servers are the domain controllers every estate has.
      const dc = (naming.counters.get("WIN-DC") ?? 0) < 4 && random.chance(0.5);
      return dc ? `WIN-DC${pad(next("WIN-DC"), 2)}` : `WIN-SRV-${pad(next("WIN-SRV"), 3)}`;
    }
    case "linux_server": {
      const role = random.pick(LINUX_ROLES);
      return `${role}-${pad(next(role), 3)}`;
    }
    case "esx_host":
      return `esx-host-${pad(next("esx-host"), 2)}`;
    case "mac":
      return ownedName("MBP", owner, next);
    case "mobile":
      return ownedName(random.chance(0.6) ? "iPhone" : "Pixel", owner, next);
  }
}

/** Personal devices carry the owner's name; a counter keeps a second one unique. */
function ownedName(prefix: string, owner: string | undefined, next: (prefix: string) => number): string {
  const base = `${prefix}-${owner ?? "spare"}`;
  const n = next(base);
  return n === 1 ? base : `${base}-${n}`;
}

function addresses(random: Random, kind: DeviceKind, index: number): string[] {
  const ips = [ipv4(index)];
  const server = kind === "windows_server" || kind === "linux_server";
  if (server && random.chance(0.2)) ips.push(secondaryIpv4(index));
  if (random.chance(0.25)) ips.push(ipv6(index, server && random.chance(0.5)));
  return ips;
}

function macs(random: Random, kind: DeviceKind, cloud: boolean, index: number, count: number, salt: number): string[] {
  const oui = kind === "mac" || kind === "mobile"
    ? OUI.apple
    : kind === "workstation"
      ? random.chance(0.5) ? OUI.dell : OUI.lenovo
      : cloud ? OUI.aws : random.chance(0.7) ? OUI.vmware : OUI.vmwareLegacy;
  const result = [mac(oui, index, salt)];
  // Index + count keeps the second NIC's MAC clear of every first NIC's.
  if (kind !== "mobile" && random.chance(0.1)) result.push(mac(oui, index + count, salt));
  return result;
}

function lastUsedUsers(random: Random, kind: DeviceKind, owner: string | undefined, usernames: readonly string[]): string[] | undefined {
  const names = new Set<string>();
  const personal = kind === "workstation" || kind === "mac" || kind === "mobile";
  if (personal) {
    if (owner && random.chance(0.92)) names.add(owner);
    if (kind === "workstation" && usernames.length > 0 && random.chance(0.25)) names.add(random.pick(usernames));
  } else if (kind !== "esx_host" && usernames.length > 0 && random.chance(SERVER_ADMINS_SHARE)) {
    names.add(random.pick(usernames));
  }
  if (random.chance(0.05)) names.add(random.pick(UNKNOWN_LAST_USED_USERS));
  if (names.size === 0) return random.chance(0.15) ? [] : undefined;
  return [...names];
}

function serial(random: Random, kind: DeviceKind, cloud: boolean): string {
  if (cloud && (kind === "windows_server" || kind === "linux_server")) return `ec2${random.hex(17)}`;
  if (kind === "windows_server" || kind === "linux_server") {
    return `VMware-56 4d ${random.hex(2)} ${random.hex(2)} ${random.hex(2)} ${random.hex(2)}`;
  }
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  let text = kind === "mac" ? "C02" : "";
  while (text.length < 12) text += alphabet[random.int(0, alphabet.length - 1)];
  return text;
}

/** A few records with the odd shapes the contract says clients must accept. */
function makeIrregular(devices: AssetRecord[]): void {
  devices.forEach((device, i) => {
    if (i % 97 !== 13) return;
    switch (Math.floor(i / 97) % 5) {
      case 0: // a lone string where a list is usual
        device["specific_data.data.hostname"] = (device["specific_data.data.hostname"] as string[])[0];
        break;
      case 1:
        device["specific_data.data.network_interfaces.ips"] = null;
        break;
      case 2:
        device["specific_data.data.network_interfaces.mac"] = [];
        break;
      case 3:
        delete device["specific_data.data.os.type"];
        break;
      default:
        device["specific_data.data.os.type"] = (device["specific_data.data.os.type"] as string[])[0];
    }
  });
}
