import DataLoader from "dataloader";
import type { AxoniusClient, EnforcementSet } from "../../axonius/index.js";
import { MAX_IDS } from "../shared/ids.js";

/**
 * Axonius v2 has no enforcement-by-uuid: sets are found by listing them all. The list is fetched at most
 * once per request and shared by lookups and searches.
 */
export function createEnforcementLoaders(client: AxoniusClient) {
  let list: Promise<EnforcementSet[]> | undefined;
  const all = () => (list ??= client.listEnforcements());
  const byId = new DataLoader<string, EnforcementSet | null>(
    async (ids) => {
      const byUuid = new Map((await all()).map((set) => [set.uuid, set]));
      return ids.map((id) => byUuid.get(id) ?? null);
    },
    { maxBatchSize: MAX_IDS },
  );
  return { all, byId };
}
