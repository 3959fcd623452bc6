import type { AxoniusClient } from "../../axonius/index.js";
import { createAssetByIdLoader } from "../shared/asset-loader.js";

/** Devices by internal_axon_id: one upstream search per batch (per 2000 ids). */
export const createDeviceLoader = (client: AxoniusClient) => createAssetByIdLoader(client, "devices");
