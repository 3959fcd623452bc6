/** The subgraph contract, through the real server: `_service { sdl }` and batched `_entities`. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { useHarness } from "../support/harness.js";

const h = useHarness({ simulator: { sizes: { devices: 2100, users: 50, enforcements: 12 } } });

// `_entities` and `_service` are for routers, not clients: they are not in the committed client schema that
// codegen reads, so these operations are parsed here rather than generated.
type Entity = { __typename?: string; id?: string; hostname?: string | null; username?: string | null; name?: string };
type Representations = { representations: Array<{ __typename: string; id: string }> };
const router = <TData, TVars = Record<string, never>>(source: string) => parse(source) as TypedDocumentNode<TData, TVars>;

const EntitiesDevices = router<{ _entities: Array<Entity | null> }, Representations>(`
  query EntitiesDevices($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Device { id hostname ipAddresses }
    }
  }
`);

const EntitiesMixed = router<{ _entities: Array<Entity | null> }, Representations>(`
  query EntitiesMixed($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Device { id hostname }
      ... on User { id username }
      ... on Enforcement { id name }
    }
  }
`);

describe("_service", () => {
  it("returns the SDL with its federation directives", async () => {
    const res = await h.request(router<{ _service: { sdl: string } }>(`query ServiceSdl { _service { sdl } }`));
    const sdl = res.body.data?._service.sdl ?? "";
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    for (const type of ["Device", "User", "Enforcement"]) expect(sdl).toMatch(new RegExp(`type ${type}\\s+@key\\(fields: "id"\\)`));
  });
});

describe("_entities", () => {
  it("resolves 50 Device representations with one upstream call, in order", async () => {
    const devices = h.sim.data.devices.slice(0, 50);
    const representations = devices.map((d) => ({ __typename: "Device", id: String(d.internal_axon_id) }));
    const res = await h.request(EntitiesDevices, { representations });
    const ids = res.body.data?._entities.map((e) => e?.id ?? null);
    expect(ids).toEqual(devices.map((d) => d.internal_axon_id));
    expect(h.sim.log.count("assets.devices")).toBe(1);
    // Only the paths the query selects go upstream.
    const body = h.sim.log.entries[0].body as { fields: string[] };
    expect(body.fields).toEqual(
      ["specific_data.data.hostname", "specific_data.data.hostname_preferred", "specific_data.data.network_interfaces.ips"].sort(),
    );
  });

  it("costs ⌈N/2000⌉ calls for N representations", async () => {
    const representations = h.sim.data.devices.slice(0, 2001).map((d) => ({ __typename: "Device", id: String(d.internal_axon_id) }));
    const res = await h.request(EntitiesDevices, { representations });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?._entities).toHaveLength(2001);
    expect(h.sim.log.count("assets.devices")).toBe(2);
  });

  it("resolves mixed types with one call per type, and null for an unknown id", async () => {
    const device = h.sim.data.devices[3];
    const user = h.sim.data.users[4];
    const set = h.sim.data.enforcements[5];
    const res = await h.request(EntitiesMixed, {
      representations: [
        { __typename: "Device", id: String(device.internal_axon_id) },
        { __typename: "User", id: String(user.internal_axon_id) },
        { __typename: "Enforcement", id: set.uuid },
        { __typename: "Device", id: "0".repeat(32) },
      ],
    });
    expect(res.body.errors).toBeUndefined();
    const [d, u, e, missing] = res.body.data?._entities ?? [];
    expect(d).toMatchObject({ __typename: "Device", id: String(device.internal_axon_id) });
    expect(u).toMatchObject({ __typename: "User", id: String(user.internal_axon_id) });
    expect(e).toMatchObject({ __typename: "Enforcement", id: set.uuid, name: set.name });
    expect(missing).toBeNull();
    expect([h.sim.log.count("assets.devices"), h.sim.log.count("assets.users"), h.sim.log.count("enforcements.list")]).toEqual([1, 1, 1]);
  });
});
