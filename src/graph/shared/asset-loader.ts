/**
 * A DataLoader over Axonius assets that also carries the field paths to fetch. Every `load` adds its paths
 * to the loader's set, and each batch goes upstream as one call with the set as it stands. The set only
 * grows within a request (it is per request, and one operation selects one set per type), so batches split
 * by maxBatchSize all get it. A cached record fetched without a path asked for later is fetched again.
 */
import DataLoader from "dataloader";
import type { AssetRecord, AssetType, AxoniusClient } from "../../axonius/index.js";
import { MAX_IDS } from "./ids.js";

/** Fetches the records for a batch of keys with the given paths; absent keys are simply not returned. */
export type FetchAssets = (keys: readonly string[], fields: readonly string[]) => Promise<AssetRecord[]>;
/** The key under which a fetched record answers (its id, or its username). */
export type KeysOf = (record: AssetRecord) => readonly string[];

export class AssetLoader {
  readonly #loader: DataLoader<string, AssetRecord | null>;
  readonly #fields = new Set<string>();
  readonly #fetchedWith = new Map<string, ReadonlySet<string>>();

  constructor(fetch: FetchAssets, keysOf: KeysOf) {
    this.#loader = new DataLoader(
      async (keys) => {
        const fields: ReadonlySet<string> = new Set(this.#fields);
        for (const key of keys) this.#fetchedWith.set(key, fields);
        const records = await fetch(keys, [...fields].sort());
        const byKey = new Map<string, AssetRecord>();
        for (const record of records) for (const key of keysOf(record)) if (!byKey.has(key)) byKey.set(key, record);
        return keys.map((key) => byKey.get(key) ?? null);
      },
      { maxBatchSize: MAX_IDS },
    );
  }

  load(key: string, fields: readonly string[]): Promise<AssetRecord | null> {
    const fetched = this.#fetchedWith.get(key);
    if (fetched && !fields.every((f) => fetched.has(f))) {
      this.#loader.clear(key);
      this.#fetchedWith.delete(key);
    }
    for (const field of fields) this.#fields.add(field);
    return this.#loader.load(key);
  }

  /** Like Promise.all over `load`: the first upstream failure rejects the whole list. */
  async loadAll(keys: readonly string[], fields: readonly string[]): Promise<Array<AssetRecord | null>> {
    return Promise.all(keys.map((key) => this.load(key, fields)));
  }
}

/** Assets of one type by internal_axon_id: one upstream search per batch (per 2000 ids). */
export const createAssetByIdLoader = (client: AxoniusClient, type: AssetType) =>
  new AssetLoader(
    (ids, fields) => client.assetsByIds(type, ids, fields),
    (record) => [record.internal_axon_id],
  );
