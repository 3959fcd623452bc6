import type { AxoniusClient } from "../../axonius/index.js";
import { AssetLoader } from "../shared/asset-loader.js";

/** Devices by internal_axon_id: one upstream search per batch (per 2000 ids). */
export const createDeviceLoader = (client: AxoniusClient) =>
  new AssetLoader(
    (ids, fields) => client.assetsByIds("devices", ids, fields),
    (record) => [record.internal_axon_id],
  );
