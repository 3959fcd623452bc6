/** Every operation in examples/ runs against the demo data set (default seed and sizes) without errors. */
import { describe, expect, it } from "vitest";
import { exampleNames, loadExample } from "../../src/tools/run-example.js";
import { SECRETS, useHarness } from "../support/harness.js";

// The demo's own data set: the ids in examples/*.variables.json come from it.
const h = useHarness({ simulator: { sizes: { devices: 2000, users: 800, enforcements: 40 }, seed: 1 } });

describe("examples/", () => {
  it("holds one operation per D3 command plus the device → users relation", () => {
    expect(exampleNames()).toEqual([
      "device-last-used-users",
      "get-device-by-id",
      "get-enforcement-by-id",
      "run-enforcements",
      "search-endpoints",
      "search-enforcements",
      "search-users",
      "test-connection",
    ]);
  });

  it.each(exampleNames())("%s runs without errors and returns data", async (name) => {
    const { status, json } = await h.post(loadExample(name), { authorization: `Bearer ${SECRETS.operatorToken}` });
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
    const [result] = Object.values(json.data as Record<string, unknown>);
    // Each example is written to find something in the demo data: an empty answer means it went stale.
    const items = Array.isArray(result) ? result : ((result as { items?: unknown[]; results?: unknown[] }).items ?? (result as { results?: unknown[] }).results);
    if ((result as { status?: string }).status !== undefined) expect((result as { status: string }).status).toBe("SUCCEEDED");
    if (items) {
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => item !== null)).toBe(true);
    } else {
      expect(result).toMatchObject({ ok: true });
    }
  });
});
