/**
 * Everything the client assumes about the Axonius REST API v2, in one table.
 *
 * The public record of v2 is thin (see docs/axonius-v2.md): details marked [assumed] there are gathered
 * here so that a live instance that disagrees costs one edit in this file, not a hunt through the client.
 */
export type AssetType = "devices" | "users";

export const AXONIUS_V2 = {
  /** Every call goes to `{url}/api/{version}/...`; only v2 is supported. */
  basePath: (version: string) => `api/${version}/`,
  authHeaders: { key: "api-key", secret: "api-secret" },

  paths: {
    searchAssets: (type: AssetType) => `assets/${type}`,
    assetTypes: "assets/asset_types",
    listEnforcements: "enforcements",
    runEnforcement: (uuid: string) => `enforcements/${encodeURIComponent(uuid)}/run`,
  },

  /** The asset search's JSON body: confirmed by working integrations (docs/axonius-v2.md). */
  searchBody: (query: string, fields: readonly string[] | undefined, limit: number, offset: number) => ({
    query,
    ...(fields ? { fields: [...fields] } : {}),
    page: { limit, offset },
    include_metadata: true,
  }),
  /** The enforcement list pages with query parameters (no `meta` is promised). */
  listParams: (limit: number, offset: number) => ({ limit, offset }),
  /** Where each answer keeps its list. */
  listKeys: { assets: "assets", enforcements: "enforcements", assetTypes: "asset_types" },

  /** [assumed] page.limit and the enforcement list's limit both accept 1..2000. */
  maxPageSize: 2000,
  /** Where a search with `include_metadata: true` puts the match count. */
  totalPath: "meta.page.totalResources",
  /** No v2 get-by-id exists publicly: ids are looked up with an `in` query on this field. */
  idField: "internal_axon_id",

  /** [assumed] Shape of an enforcement set, as dotted paths into the listed item. */
  enforcement: {
    uuid: "uuid",
    name: "name",
    description: "description",
    actionName: "actions.main.name",
    actionType: "actions.main.action.action_name",
    category: "actions.main.action.category",
    triggers: "triggers",
    trigger: {
      entity: "view.entity",
      queryName: "view.name",
      period: "period",
      lastTriggered: "last_triggered",
      timesTriggered: "times_triggered",
    },
    lastUpdated: "last_updated",
    updatedBy: "updated_by",
  },

  /** [assumed] A run answers `{"uuid","name","status":"triggered","run_id"}`. */
  runResponse: { runId: "run_id", status: "status", uuid: "uuid", name: "name" },

  /** [assumed] Error bodies look like `{"errors":[{"status","title","detail"}]}`; never trusted. */
  errorDetail: "errors.0.detail",
} as const;
