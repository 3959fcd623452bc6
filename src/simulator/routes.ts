import type { RouteKey } from "./types.js";

export interface RouteMatch {
  route: RouteKey;
  /** The {uuid} of enforcements.run. */
  uuid?: string;
}

const RUN_PATH = /^\/api\/v2\/enforcements\/([^/]+)\/run$/;

/** The upstream operations of the contract; anything else is "unknown" and answered 404. */
export function matchRoute(method: string, path: string): RouteMatch {
  if (method === "POST" && path === "/api/v2/assets/devices") return { route: "assets.devices" };
  if (method === "POST" && path === "/api/v2/assets/users") return { route: "assets.users" };
  if (method === "GET" && path === "/api/v2/assets/asset_types") return { route: "asset_types" };
  if (method === "GET" && path === "/api/v2/enforcements") return { route: "enforcements.list" };
  const run = RUN_PATH.exec(path);
  if (method === "POST" && run) return { route: "enforcements.run", uuid: safeDecode(run[1]) };
  return { route: "unknown" };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
