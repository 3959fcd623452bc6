import { AqlSyntaxError } from "../aql/errors.js";
import { compileAql } from "../aql/evaluate.js";
import type { AssetRecord } from "../data/types.js";
import { errorReply, type Reply, type RequestBody } from "../http.js";
import { checkPage } from "./paging.js";

/** Axonius returns these whatever `fields` asks for. */
const ALWAYS_RETURNED = ["internal_axon_id", "adapters", "adapter_list_length"] as const;

interface SearchBody {
  query?: unknown;
  fields?: unknown;
  page?: { limit?: unknown; offset?: unknown } | null;
  include_metadata?: unknown;
}

/** POST /api/v2/assets/{devices|users}; `records` are already ordered by internal_axon_id. */
export function searchAssets(records: readonly AssetRecord[], body: RequestBody): Reply {
  if (body.kind === "invalid") return errorReply(400, "The request body is not valid JSON");
  const search = (body.kind === "json" ? body.value : {}) as SearchBody;
  if (typeof search !== "object" || search === null || Array.isArray(search)) {
    return errorReply(400, "The request body must be a JSON object");
  }
  const query = search.query ?? "";
  if (typeof query !== "string") return errorReply(400, "query must be a string");
  const fields = search.fields ?? undefined;
  if (fields !== undefined && (!Array.isArray(fields) || !fields.every((field) => typeof field === "string"))) {
    return errorReply(400, "fields must be a list of strings");
  }
  const page = search.page ?? {};
  if (typeof page !== "object" || Array.isArray(page)) return errorReply(400, "page must be an object");
  const bounds = checkPage(page.limit ?? undefined, page.offset ?? undefined);
  if (!bounds.ok) return errorReply(400, bounds.detail);

  let matching: AssetRecord[];
  try {
    matching = records.filter(compileAql(query));
  } catch (error) {
    if (error instanceof AqlSyntaxError) return errorReply(400, `Invalid query: ${error.message}`);
    throw error;
  }
  const assets = matching.slice(bounds.offset, bounds.offset + bounds.limit).map((record) => project(record, fields));
  if (search.include_metadata !== true) return { status: 200, body: { assets } };
  const meta = {
    page: {
      number: Math.floor(bounds.offset / bounds.limit) + 1,
      size: assets.length,
      totalPages: Math.ceil(matching.length / bounds.limit),
      totalResources: matching.length,
    },
  };
  return { status: 200, body: { assets, meta } };
}

/** Without `fields`, every field of the record; an empty list yields only the always-returned ones. */
function project(record: AssetRecord, fields: string[] | undefined): AssetRecord {
  if (fields === undefined) return record;
  const projected: AssetRecord = {};
  for (const field of [...ALWAYS_RETURNED, ...fields]) {
    if (Object.prototype.hasOwnProperty.call(record, field)) projected[field] = record[field];
  }
  return projected;
}
