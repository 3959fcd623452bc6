/**
 * Checks every upstream body at the boundary. A body of the wrong shape becomes UPSTREAM_BAD_RESPONSE
 * here, never a TypeError somewhere in a resolver later.
 */
import { AxoniusError } from "./errors.js";
import { readPath } from "./read-path.js";
import { AXONIUS_V2, type AssetType } from "./routes.js";

/** One flat Axonius asset: dotted field paths as keys, raw values (lists, lone values, null) as they came. */
export interface AssetRecord {
  internal_axon_id: string;
  adapters: string[];
  adapter_list_length?: number;
  [path: string]: unknown;
}

export interface AssetPage {
  assets: AssetRecord[];
  total: number;
}

/** An enforcement set in the gateway's terms; the upstream shape stays in routes.ts. */
export interface EnforcementSet {
  uuid: string;
  name: string;
  description: string | null;
  actionName: string | null;
  actionType: string | null;
  category: string | null;
  /** The first trigger's view entity; null when the set has no trigger. */
  assetType: AssetType | null;
  triggerQueryName: string | null;
  period: string | null;
  lastTriggered: Date | null;
  timesTriggered: number | null;
  lastUpdated: Date | null;
  updatedBy: string | null;
}

export interface RunReceipt {
  uuid: string;
  name: string | null;
  status: string;
  runId: string;
}

const badResponse = (what: string) => new AxoniusError("UPSTREAM_BAD_RESPONSE", `Unexpected response from Axonius: ${what}.`);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** RFC 1123 ("Sat, 29 Nov 2025 12:04:54 GMT") or ISO → Date; anything unreadable → null. */
export function parseAxoniusDate(value: unknown): Date | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string" && typeof first !== "number") return null;
  const date = new Date(first);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parseAsset(value: unknown): AssetRecord {
  if (!isObject(value)) throw badResponse("an asset is not an object");
  const id = value[AXONIUS_V2.idField];
  if (typeof id !== "string" || id === "") throw badResponse("an asset has no internal_axon_id");
  const adapters = value.adapters;
  // Tolerated: a lone adapter name, or none; anything else is not an asset.
  const list = adapters == null ? [] : Array.isArray(adapters) ? adapters : [adapters];
  if (!list.every((a) => typeof a === "string")) throw badResponse("an asset's adapters are not names");
  return { ...value, internal_axon_id: id, adapters: list as string[] };
}

export function parseAssetPage(body: unknown): AssetPage {
  const assets = readPath(body, AXONIUS_V2.listKeys.assets);
  if (!Array.isArray(assets)) throw badResponse("no assets list");
  const total = readPath(body, AXONIUS_V2.totalPath);
  if (typeof total !== "number" || !Number.isInteger(total) || total < 0) throw badResponse("no meta.page.totalResources");
  return { assets: assets.map(parseAsset), total };
}

export function parseEnforcementList(body: unknown): EnforcementSet[] {
  const sets = readPath(body, AXONIUS_V2.listKeys.enforcements);
  if (!Array.isArray(sets)) throw badResponse("no enforcements list");
  return sets.map(parseEnforcement);
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
const integer = (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) ? value : null);

function parseEnforcement(value: unknown): EnforcementSet {
  const shape = AXONIUS_V2.enforcement;
  if (!isObject(value)) throw badResponse("an enforcement set is not an object");
  const uuid = readPath(value, shape.uuid);
  const name = readPath(value, shape.name);
  if (typeof uuid !== "string" || uuid === "" || typeof name !== "string") throw badResponse("an enforcement set has no uuid or name");
  const triggers = readPath(value, shape.triggers);
  const trigger = Array.isArray(triggers) && isObject(triggers[0]) ? triggers[0] : undefined;
  const entity = readPath(trigger, shape.trigger.entity);
  return {
    uuid,
    name,
    description: text(readPath(value, shape.description)),
    actionName: text(readPath(value, shape.actionName)),
    actionType: text(readPath(value, shape.actionType)),
    category: text(readPath(value, shape.category)),
    assetType: entity === "devices" || entity === "users" ? entity : null,
    triggerQueryName: text(readPath(trigger, shape.trigger.queryName)),
    period: text(readPath(trigger, shape.trigger.period)),
    lastTriggered: parseAxoniusDate(readPath(trigger, shape.trigger.lastTriggered)),
    timesTriggered: integer(readPath(trigger, shape.trigger.timesTriggered)),
    lastUpdated: parseAxoniusDate(readPath(value, shape.lastUpdated)),
    updatedBy: text(readPath(value, shape.updatedBy)),
  };
}

export function parseRunReceipt(body: unknown, uuid: string): RunReceipt {
  const shape = AXONIUS_V2.runResponse;
  const runId = readPath(body, shape.runId);
  if (!isObject(body) || typeof runId !== "string" || runId === "") throw badResponse("a run has no run_id");
  return {
    uuid: text(readPath(body, shape.uuid)) ?? uuid,
    name: text(readPath(body, shape.name)),
    status: text(readPath(body, shape.status)) ?? "triggered",
    runId,
  };
}

export function parseAssetTypes(body: unknown): string[] {
  const types = readPath(body, AXONIUS_V2.listKeys.assetTypes);
  if (!Array.isArray(types) || !types.every((t) => typeof t === "string")) throw badResponse("no asset_types list");
  return types;
}
