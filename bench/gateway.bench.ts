/**
 * Gateway latency over real HTTP against the simulator (with a 5 ms upstream delay, a fast LAN Axonius).
 * `npm run bench`. What batching saves shows as the gap between one batched call and N sequential ones.
 */
import { bench, describe } from "vitest";
import { graphql } from "../test/generated/index.js";
import { startHarness } from "../test/support/harness.js";

const h = await startHarness({ simulator: { sizes: { devices: 2000, users: 800, enforcements: 40 }, delayMs: 5 } });
// No afterAll: in bench mode it runs before the benches do; the worker ends with the run.

const ids = h.sim.data.devices.slice(0, 50).map((d) => String(d.internal_axon_id));

const BenchDevicesByIds = graphql(`
  query BenchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname ipAddresses os { type } } }
`);
const BenchOneDevice = graphql(`query BenchOneDevice($id: ID!) { device(id: $id) { id hostname ipAddresses os { type } } }`);
const BenchSearchHostname = graphql(`query BenchSearchHostname { searchDevices(limit: 1000) { items { hostname } } }`);
const BenchSearchWide = graphql(`
  query BenchSearchWide {
    searchDevices(limit: 1000) { items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters labels } }
  }
`);
const BenchLastUsedUsers = graphql(`
  query BenchLastUsedUsers { searchDevices(limit: 100) { items { id lastUsedUsers { username mail } } } }
`);

describe("50 device lookups", () => {
  bench("devicesByIds: one batched upstream call", async () => {
    await h.request(BenchDevicesByIds, { ids });
  });
  bench("50 sequential device(id:) requests", async () => {
    for (const id of ids) await h.request(BenchOneDevice, { id });
  });
});

describe("searchDevices, 1000 devices", () => {
  bench("selecting hostname only", async () => {
    await h.request(BenchSearchHostname);
  });
  bench("selecting every scalar field", async () => {
    await h.request(BenchSearchWide);
  });
});

describe("relations", () => {
  bench("100 devices with lastUsedUsers (two upstream calls)", async () => {
    await h.request(BenchLastUsedUsers);
  });
});
