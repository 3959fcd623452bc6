import { aql, type AxoniusClient } from "../../axonius/index.js";
import { AssetLoader, createAssetByIdLoader } from "../shared/asset-loader.js";
import { USER_PATHS, usernamesOf } from "./user.fields.js";

/** Users by internal_axon_id: one upstream search per batch (per 2000 ids). */
export const createUserLoader = (client: AxoniusClient) => createAssetByIdLoader(client, "users");

/**
 * Users by exact username, for Device.lastUsedUsers: all the names of a page of devices in one search.
 * A name that several users share answers with the first in Axonius' order; an unknown name with null.
 */
export const createUserByUsernameLoader = (client: AxoniusClient) =>
  new AssetLoader(
    (names, fields) =>
      // Usually one call: a page of 2000 holds every match unless many users share names.
      client.searchAllAssets("users", { query: aql.usernamesIn(names), fields: [...new Set([...fields, USER_PATHS.username])] }),
    usernamesOf,
  );
