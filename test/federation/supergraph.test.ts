/**
 * End to end through a real router: @apollo/gateway composes our subgraph (on the simulator) with a
 * sample tickets subgraph and answers a query that crosses them.
 */
import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../../src/tools/emit-schema.js";
import { SECRETS, startHarness, type Harness } from "../support/harness.js";
import { startTicketsSubgraph, TICKETS_SDL, type Ticket } from "../support/tickets-subgraph.js";

let h: Harness;
let tickets: Awaited<ReturnType<typeof startTicketsSubgraph>>;
let router: ApolloServer;
let routerUrl: string;
let sample: Ticket[];

beforeAll(async () => {
  h = await startHarness({ routerSecret: SECRETS.routerSecret });
  // Tickets about devices that list last users, so the query crosses three hops.
  const devices = h.sim.data.devices.filter((d) => Array.isArray(d["specific_data.data.last_used_users"])).slice(0, 12);
  sample = devices.map((d, i) => ({ id: `T-${i + 1}`, title: `Ticket ${i + 1}`, deviceId: String(d.internal_axon_id), reporterId: String(h.sim.data.users[i].internal_axon_id) }));
  tickets = await startTicketsSubgraph(sample);

  const { supergraphSdl, errors } = composeServices([
    { name: "axonius", typeDefs: parse(readFileSync(SCHEMA_FILE, "utf8")), url: h.gateway.graphqlUrl },
    { name: "tickets", typeDefs: parse(TICKETS_SDL), url: tickets.url },
  ]);
  expect(errors ?? []).toEqual([]);
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl!,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource({
        url,
        willSendRequest({ request }) {
          if (name !== "axonius") return;
          // What a router in front of this subgraph is configured to send (README, "Federation").
          request.http?.headers.set("router-authorization", SECRETS.routerSecret);
          request.http?.headers.set("authorization", `Bearer ${SECRETS.readerToken}`);
        },
      }),
  });
  router = new ApolloServer({ gateway });
  ({ url: routerUrl } = await startStandaloneServer(router, { listen: { port: 0, host: "127.0.0.1" } }));
});

afterAll(async () => {
  await router?.stop();
  await tickets?.stop();
  h?.expectNoSecretsLeaked();
  await h?.close();
});

describe("a supergraph with a tickets subgraph", () => {
  it("resolves tickets → device → lastUsedUsers with one device call for all tickets", async () => {
    h.sim.log.clear();
    const response = await fetch(routerUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "{ tickets { id device { id hostname lastUsedUsers { username } } reporter { id username } } }",
      }),
    });
    const body = (await response.json()) as {
      data?: { tickets: Array<{ id: string; device: { id: string; hostname: string | null; lastUsedUsers: Array<{ username: string | null }> } | null; reporter: { id: string; username: string | null } | null }> };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    const got = body.data!.tickets;
    expect(got).toHaveLength(sample.length);

    const devicesById = new Map(h.sim.data.devices.map((d) => [d.internal_axon_id, d]));
    const usernames = new Set(h.sim.data.users.flatMap((u) => [u["specific_data.data.username"]].flat()));
    for (const [i, ticket] of got.entries()) {
      const record = devicesById.get(sample[i].deviceId)!;
      expect(ticket.device?.id).toBe(sample[i].deviceId);
      const expectedUsers = [...new Set([record["specific_data.data.last_used_users"]].flat() as string[])].filter((n) => usernames.has(n));
      expect(ticket.device?.lastUsedUsers.map((u) => u.username)).toEqual(expectedUsers);
      expect(ticket.reporter?.id).toBe(sample[i].reporterId);
    }
    expect(got.some((t) => (t.device?.lastUsedUsers.length ?? 0) > 0)).toBe(true);
    expect(h.sim.log.count("assets.devices")).toBe(1);
  });

  it("refuses callers that bypass the router", async () => {
    const response = await fetch(h.gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${SECRETS.readerToken}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(401);
  });
});
