/**
 * A second, small subgraph for federation tests: a help-desk `Ticket` that references a Device and a
 * User by id, the way a company's own service would join Axonius assets in a supergraph.
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";

export const TICKETS_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

"A help-desk ticket."
type Ticket @key(fields: "id") {
  id: ID!
  title: String!
  "The device the ticket is about, resolved by the axonius subgraph."
  device: Device
  "Who reported it, resolved by the axonius subgraph."
  reporter: User
}

type Device @key(fields: "id", resolvable: false) {
  id: ID!
}

type User @key(fields: "id", resolvable: false) {
  id: ID!
}

type Query {
  tickets: [Ticket!]!
}
`;

export interface Ticket {
  id: string;
  title: string;
  deviceId: string;
  reporterId: string;
}

export async function startTicketsSubgraph(tickets: Ticket[]): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(TICKETS_SDL),
      resolvers: {
        Query: { tickets: () => tickets },
        Ticket: {
          device: (t: Ticket) => ({ __typename: "Device", id: t.deviceId }),
          reporter: (t: Ticket) => ({ __typename: "User", id: t.reporterId }),
        },
      },
    }),
  });
  // A test double needs no HTTP framework of its own: Apollo's standalone server is enough here.
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}
