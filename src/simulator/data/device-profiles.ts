import type { Random } from "./random.js";

/** The kinds of machine in the fleet; each decides names, OS, adapters and who logs on. */
export type DeviceKind = "workstation" | "windows_server" | "linux_server" | "mac" | "esx_host" | "mobile";

export const DEVICE_KINDS: ReadonlyArray<readonly [DeviceKind, number]> = [
  ["workstation", 45],
  ["windows_server", 14],
  ["linux_server", 25],
  ["mac", 10],
  ["esx_host", 3],
  ["mobile", 3],
];

export interface OperatingSystem {
  type: string[];
  distribution: string[];
}

export function operatingSystem(random: Random, kind: DeviceKind): OperatingSystem {
  switch (kind) {
    case "workstation":
      return { type: ["Windows"], distribution: [random.weighted([["10", 4], ["11", 6]] as const)] };
    case "windows_server":
      return { type: ["Windows"], distribution: [random.pick(["Server 2016", "Server 2019", "Server 2022"])] };
    case "linux_server":
      return { type: ["Linux"], distribution: [random.pick(["Ubuntu 22.04", "Ubuntu 24.04", "RHEL 8.9", "RHEL 9.3", "Debian 12", "Amazon Linux 2023"])] };
    case "mac":
      return { type: ["OS X"], distribution: [random.pick(["13.6", "14.5", "15.1"])] };
    case "esx_host":
      return { type: ["VMware"], distribution: [random.pick(["ESXi 7.0", "ESXi 8.0"])] };
    case "mobile":
      return random.chance(0.6)
        ? { type: ["iOS"], distribution: [random.pick(["17.5", "18.1"])] }
        : { type: ["Android"], distribution: [random.pick(["13", "14"])] };
  }
}

/** Adapters per connection: a repeat means the device came in through two connections of one adapter. */
export function deviceAdapters(random: Random, kind: DeviceKind, cloud: boolean): string[] {
  const adapters: string[] = [];
  const add = (name: string, probability = 1) => {
    if (random.chance(probability)) adapters.push(name);
  };
  switch (kind) {
    case "workstation":
      add("active_directory_adapter");
      add("crowd_strike_adapter", 0.9);
      add("intune_adapter", 0.7);
      add("tanium_adapter", 0.3);
      add("qualys_scans_adapter", 0.4);
      break;
    case "windows_server":
      add("active_directory_adapter");
      add(cloud ? "aws_adapter" : "esx_adapter");
      add("crowd_strike_adapter", 0.85);
      add("qualys_scans_adapter", 0.7);
      add("tanium_adapter", 0.4);
      break;
    case "linux_server":
      add(cloud ? "aws_adapter" : "esx_adapter");
      add("crowd_strike_adapter", 0.75);
      add("qualys_scans_adapter", 0.5);
      add("tanium_adapter", 0.2);
      break;
    case "mac":
      add("jamf_adapter");
      add("crowd_strike_adapter", 0.85);
      add("intune_adapter", 0.5);
      break;
    case "esx_host":
      add("esx_adapter");
      add("qualys_scans_adapter", 0.6);
      break;
    case "mobile":
      add("intune_adapter");
      break;
  }
  if (random.chance(0.12)) adapters.push(random.pick(adapters));
  return adapters;
}
