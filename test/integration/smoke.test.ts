import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { startHarness, type Harness } from "../support/harness.js";

let h: Harness;
beforeAll(async () => (h = await startHarness()));
afterAll(async () => h?.close());

describe("smoke", () => {
  it("answers a device search from the simulator", async () => {
    const doc = graphql(`query SmokeSearch { searchDevices(limit: 2) { totalCount items { id hostname } } }`);
    const res = await h.request(doc);
    expect(res.status).toBe(200);
    expect(res.body.data?.searchDevices.totalCount).toBe(300);
  });
});
