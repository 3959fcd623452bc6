/**
 * What the integration suites expect, computed from the simulator's own records (h.sim.data) by the rules of
 * the public contract (docs/contract.md), plus small readers for the simulator's request log.
 */
import { expect } from "vitest";
import type { AssetRecord, EnforcementSet, RouteKey } from "../../src/simulator/index.js";
import type { GraphQLResponse, Harness } from "../support/harness.js";

export const DEVICE = {
  hostname: "specific_data.data.hostname",
  hostnamePreferred: "specific_data.data.hostname_preferred",
  ips: "specific_data.data.network_interfaces.ips",
  macs: "specific_data.data.network_interfaces.mac",
  osType: "specific_data.data.os.type",
  osDistribution: "specific_data.data.os.distribution",
  lastSeen: "specific_data.data.last_seen",
  lastUsedUsers: "specific_data.data.last_used_users",
  serial: "specific_data.data.device_serial",
} as const;

export const USER = {
  username: "specific_data.data.username",
  mail: "specific_data.data.mail",
  displayName: "specific_data.data.display_name",
  domain: "specific_data.data.domain",
  isAdmin: "specific_data.data.is_admin",
  lastSeen: "specific_data.data.last_seen",
} as const;

export const list = (value: unknown): unknown[] => (value == null ? [] : Array.isArray(value) ? value : [value]);
export const strings = (value: unknown): string[] => [...new Set(list(value).filter((v): v is string => typeof v === "string" && v !== ""))];
const first = (value: unknown): string | null => strings(value)[0] ?? null;
/** RFC 1123 (as the simulator stores dates) → the ISO 8601 the gateway's DateTime serialises to. */
export const iso = (value: unknown): string | null => {
  const text = list(value)[0];
  return typeof text === "string" ? new Date(text).toISOString() : null;
};

export function expectedDevice(record: AssetRecord) {
  const adapters = [...new Set(record.adapters as string[])];
  const osType = first(record[DEVICE.osType]);
  const osDistribution = first(record[DEVICE.osDistribution]);
  return {
    id: record.internal_axon_id as string,
    hostname: first(record[DEVICE.hostnamePreferred]) ?? first(record[DEVICE.hostname]),
    hostnames: strings(record[DEVICE.hostname]),
    ipAddresses: strings(record[DEVICE.ips]),
    macAddresses: strings(record[DEVICE.macs]),
    os: osType || osDistribution ? { type: osType, distribution: osDistribution } : null,
    lastSeen: iso(record[DEVICE.lastSeen]),
    adapters,
    adapterCount: adapters.length,
    labels: strings(record.labels),
  };
}

export function expectedUser(record: AssetRecord) {
  const adapters = [...new Set(record.adapters as string[])];
  const admin = list(record[USER.isAdmin]).find((v) => typeof v === "boolean");
  return {
    id: record.internal_axon_id as string,
    username: first(record[USER.username]),
    mail: first(record[USER.mail]),
    displayName: first(record[USER.displayName]),
    domain: first(record[USER.domain]),
    isAdmin: typeof admin === "boolean" ? admin : null,
    lastSeen: iso(record[USER.lastSeen]),
    adapters,
    adapterCount: adapters.length,
    labels: strings(record.labels),
  };
}

export function expectedEnforcement(set: EnforcementSet) {
  const trigger = set.triggers[0];
  return {
    id: set.uuid,
    name: set.name,
    description: set.description,
    actionName: set.actions.main.name,
    actionType: set.actions.main.action.action_name,
    category: set.actions.main.action.category,
    assetType: trigger ? (trigger.view.entity === "devices" ? "DEVICES" : "USERS") : null,
    triggerQueryName: trigger?.view.name ?? null,
    period: trigger?.period ?? null,
    lastTriggered: trigger?.last_triggered ? iso(trigger.last_triggered) : null,
    timesTriggered: trigger ? trigger.times_triggered : null,
    lastUpdated: iso(set.last_updated),
    updatedBy: set.updated_by,
  };
}

/** The users a device's lastUsedUsers should list: known usernames in its order, the first user with that name. */
export function expectedLastUsedUserIds(device: AssetRecord, users: readonly AssetRecord[]): string[] {
  return strings(device[DEVICE.lastUsedUsers]).flatMap((name) => {
    const user = users.find((u) => strings(u[USER.username]).includes(name));
    return user ? [user.internal_axon_id as string] : [];
  });
}

/** The JSON bodies of the logged requests on one route, oldest first. */
export function bodies(h: Harness, route: RouteKey): Array<{ query?: string; fields?: string[]; page?: { limit: number; offset: number } }> {
  return h.sim.log.entries.filter((e) => e.route === route).map((e) => e.body as never);
}

/** The only error of a response, checked to be the only one. */
export function onlyError<T>(res: GraphQLResponse<T>) {
  expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
  return res.body.errors![0];
}

/** Asserts a response failed with BAD_USER_INPUT and returns its message. */
export function expectBadUserInput<T>(res: GraphQLResponse<T>): string {
  const error = onlyError(res);
  expect(error.extensions?.code, error.message).toBe("BAD_USER_INPUT");
  expect(error.extensions).not.toHaveProperty("stacktrace");
  return error.message;
}
