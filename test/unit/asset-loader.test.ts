/** AssetLoader: one fetch per tick with the union of the paths asked for, results in key order. */
import { describe, expect, it } from "vitest";
import type { AssetRecord } from "../../src/axonius/index.js";
import { AssetLoader } from "../../src/graph/shared/asset-loader.js";

const record = (id: string, extra: Record<string, unknown> = {}): AssetRecord => ({ internal_axon_id: id, adapters: [], ...extra });

function recordingLoader(known: string[]) {
  const calls: Array<{ keys: string[]; fields: string[] }> = [];
  const loader = new AssetLoader(
    async (keys, fields) => {
      calls.push({ keys: [...keys], fields: [...fields] });
      return known.filter((id) => keys.includes(id)).map((id) => record(id, Object.fromEntries(fields.map((f) => [f, `${id}:${f}`]))));
    },
    (r) => [r.internal_axon_id],
  );
  return { loader, calls };
}

describe("AssetLoader", () => {
  it("batches the loads of one tick into one fetch with the union of their paths, in key order, null for unknown keys", async () => {
    const { loader, calls } = recordingLoader(["a", "b", "c"]);
    const results = await Promise.all([loader.load("c", ["x"]), loader.load("zz", ["y"]), loader.load("a", ["x", "y"])]);
    expect(calls).toEqual([{ keys: ["c", "zz", "a"], fields: ["x", "y"] }]);
    expect(results.map((r) => r?.internal_axon_id ?? null)).toEqual(["c", null, "a"]);
  });

  it("serves a repeated key from the request's cache", async () => {
    const { loader, calls } = recordingLoader(["a"]);
    await loader.load("a", ["x"]);
    await loader.load("a", ["x"]);
    expect(calls).toHaveLength(1);
  });

  it("fetches a cached record again when a later load asks for a path it was fetched without", async () => {
    const { loader, calls } = recordingLoader(["a"]);
    await loader.load("a", ["x"]);
    const again = await loader.load("a", ["y"]);
    expect(calls.map((c) => c.fields)).toEqual([["x"], ["x", "y"]]);
    expect(again).toMatchObject({ x: "a:x", y: "a:y" });
  });

  it("splits more than 2000 keys into batches that all carry the paths", async () => {
    const ids = Array.from({ length: 2001 }, (_, i) => `id${i}`);
    const { loader, calls } = recordingLoader(ids);
    const results = await loader.loadAll(ids, ["x"]);
    expect(calls.map((c) => [c.keys.length, c.fields])).toEqual([[2000, ["x"]], [1, ["x"]]]);
    expect(results.every((r, i) => r?.internal_axon_id === ids[i])).toBe(true);
  });

  it("rejects every load of a failed batch with the fetch's error", async () => {
    const loader = new AssetLoader(async () => Promise.reject(new Error("upstream down")), (r) => [r.internal_axon_id]);
    await expect(loader.loadAll(["a", "b"], [])).rejects.toThrow("upstream down");
  });
});
