import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../../src/tools/emit-schema.js";
import { TICKETS_SDL } from "../support/tickets-subgraph.js";

const ourTypes = ["Device", "User", "Enforcement", "OperatingSystem", "AssetType", "DevicePage", "UserPage", "EnforcementPage"];

describe("composition with a sample subgraph", () => {
  const result = composeServices([
    { name: "axonius", typeDefs: parse(readFileSync(SCHEMA_FILE, "utf8")), url: "http://axonius.invalid/graphql" },
    { name: "tickets", typeDefs: parse(TICKETS_SDL), url: "http://tickets.invalid/graphql" },
  ]);

  it("composes schema/schema.graphql without errors", () => {
    expect(result.errors?.map((e) => e.message) ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain("type Device");
  });

  it("gives no composition hints about our types", () => {
    const hints = (result.hints ?? []).map((h) => h.toString()).filter((h) => ourTypes.some((t) => new RegExp(`\\b${t}\\b`).test(h)));
    expect(hints).toEqual([]);
  });

  it("joins Ticket to our Device and User entities", () => {
    const supergraph = result.supergraphSdl ?? "";
    expect(supergraph).toMatch(/type Device\s+@join__type\(graph: AXONIUS, key: "id"\)/);
    expect(supergraph).toMatch(/@join__type\(graph: TICKETS, key: "id", resolvable: false\)/);
  });
});
