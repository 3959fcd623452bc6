// The Axonius client's public face: the gateway imports from here, never from the files behind it.
export { AxoniusClient } from "./client.js";
export type { AxoniusConnection, AxoniusClientOptions, SearchAssetsRequest, ConnectionCheck, UpstreamCall, UpstreamOperation } from "./client.js";
export { AxoniusError, type UpstreamErrorCode } from "./errors.js";
export { parseAxoniusDate, type AssetRecord, type AssetPage, type EnforcementSet, type RunReceipt } from "./records.js";
export type { AssetType } from "./routes.js";
export * as aql from "./aql.js";
