/** Who may do what (tokens, roles, anonymous access, the router secret) and the HTTP surface around /graphql. */
import { describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { SECRETS, useHarness } from "../support/harness.js";
import { onlyError } from "./helpers.js";

const Count = graphql(`query AuthCount { searchDevices(limit: 1) { totalCount } }`);
const Run = graphql(`mutation AuthRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status results { id ok } } }`);

describe("tokens and roles (anonymous callers refused)", () => {
  const h = useHarness();

  it("no token → 401 UNAUTHENTICATED, and nothing goes upstream", async () => {
    const res = await h.request(Count, {}, { token: null });
    expect(res.status).toBe(401);
    expect(onlyError(res).extensions).toEqual({ code: "UNAUTHENTICATED" });
    expect(res.body.data ?? null).toBeNull();
    expect(h.sim.log.count()).toBe(0);
  });

  it("an unknown token → 401, and the token is not echoed anywhere", async () => {
    const wrong = "wrong-token-9f8e7d6c5b4a";
    const res = await h.request(Count, {}, { token: wrong });
    expect(res.status).toBe(401);
    expect(onlyError(res).extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.text).not.toContain(wrong);
    expect(h.transcript.join("\n")).not.toContain(wrong);
    expect(h.sim.log.count()).toBe(0);
  });

  it("a token that is almost right, or a known token in another scheme, is refused", async () => {
    for (const authorization of [
      `Bearer ${SECRETS.operatorToken.slice(0, -1)}`,
      `Bearer ${SECRETS.operatorToken}x`,
      `Basic ${SECRETS.operatorToken}`,
      SECRETS.operatorToken,
      "Bearer",
    ]) {
      const res = await h.request(Count, {}, { token: null, headers: { authorization } });
      expect(res.status, authorization.slice(0, 8)).toBe(401);
      expect(res.body.errors![0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(res.text).not.toContain(SECRETS.operatorToken.slice(0, -1));
    }
    expect(h.sim.log.count()).toBe(0);
  });

  it("the bearer scheme is case-insensitive", async () => {
    const res = await h.request(Count, {}, { token: null, headers: { authorization: `bearer ${SECRETS.readerToken}` } });
    expect(res.status).toBe(200);
    expect(res.body.data!.searchDevices.totalCount).toBe(300);
  });

  it("a reader can query", async () => {
    const res = await h.request(Count, {}, { token: SECRETS.readerToken });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { searchDevices: { totalCount: 300 } } });
  });

  it("a reader running enforcements → FORBIDDEN, with zero run calls", async () => {
    const runsBefore = h.sim.runs.length;
    const res = await h.request(Run, { ids: [h.sim.data.enforcements[0].uuid] }, { token: SECRETS.readerToken });
    const error = onlyError(res);
    expect(error.extensions).toEqual({ code: "FORBIDDEN" });
    expect(error.path).toEqual(["runEnforcements"]);
    expect(h.sim.log.count("enforcements.run")).toBe(0);
    expect(h.sim.log.count()).toBe(0);
    expect(h.sim.runs.length).toBe(runsBefore);
  });

  it("an operator can run", async () => {
    const set = h.sim.data.enforcements[0];
    const res = await h.request(Run, { ids: [set.uuid] }, { token: SECRETS.operatorToken });
    expect(res.body).toEqual({ data: { runEnforcements: { status: "SUCCEEDED", results: [{ id: set.uuid, ok: true }] } } });
    expect(h.sim.log.count("enforcements.run")).toBe(1);
  });

  it("upstream requests carry the API key and secret, never the caller's token", async () => {
    await h.request(Count, {}, { token: SECRETS.readerToken });
    const [entry] = h.sim.log.entries;
    expect(entry.headers["api-key"]).toBe(SECRETS.apiKey);
    expect(entry.headers["api-secret"]).toBe(SECRETS.apiSecret);
    expect(JSON.stringify(entry.headers)).not.toContain(SECRETS.readerToken);
  });
});

describe("anonymous readers (anonymousRole: reader)", () => {
  const h = useHarness({ auth: { anonymousRole: "reader" } });

  it("may query without a token", async () => {
    const res = await h.request(Count, {}, { token: null });
    expect(res.status).toBe(200);
    expect(res.body.data!.searchDevices.totalCount).toBe(300);
  });

  it("may not run enforcements", async () => {
    const res = await h.request(Run, { ids: [h.sim.data.enforcements[0].uuid] }, { token: null });
    expect(onlyError(res).extensions?.code).toBe("FORBIDDEN");
    expect(h.sim.log.count()).toBe(0);
  });

  it("an unknown token is still refused, and an operator token still runs", async () => {
    expect((await h.request(Count, {}, { token: "nobody-knows-me" })).status).toBe(401);
    const set = h.sim.data.enforcements[1];
    const res = await h.request(Run, { ids: [set.uuid] }, { token: SECRETS.operatorToken });
    expect(res.body.data!.runEnforcements.status).toBe("SUCCEEDED");
  });
});

describe("the HTTP surface", () => {
  const h = useHarness();

  it("/healthz and /readyz answer 200", async () => {
    const health = await fetch(`${h.gateway.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${h.gateway.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("/metrics is Prometheus text that counts requests and error codes", async () => {
    await h.request(Count, {});
    await h.request(Count, {}, { token: null });
    const res = await fetch(`${h.gateway.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/^# HELP gateway_graphql_requests_total /m);
    expect(text).toMatch(/^gateway_graphql_requests_total\{operation="query"\} [1-9]\d*$/m);
    expect(text).toMatch(/^gateway_uptime_seconds \d+$/m);
    expect(text).not.toContain(SECRETS.operatorToken);
  });

  it("a syntax error → 400 GRAPHQL_PARSE_FAILED, without an upstream call", async () => {
    h.sim.log.clear();
    const res = await h.post({ query: "query { searchDevices(limit: 1) { totalCount " }, { authorization: `Bearer ${SECRETS.readerToken}` });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(res.json.errors[0].extensions).not.toHaveProperty("stacktrace");
    expect(h.sim.log.count()).toBe(0);
  });

  it.each([
    ["not JSON", "{not json", 400, "The request body is not valid JSON."],
    ["JSON null", "null", 400, "The request body is not valid JSON."],
    ["over 1 MB", JSON.stringify({ query: `{ __typename } # ${"x".repeat(1_100_000)}` }), 413, "The request body is too large (1 MB at most)."],
  ])("a body that is %s → %i BAD_REQUEST as JSON, no HTML page, no stack", async (_, body, status, message) => {
    h.sim.log.clear();
    const res = await h.post(body, { authorization: `Bearer ${SECRETS.readerToken}` });
    expect(res.status).toBe(status);
    expect(res.json).toEqual({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
    expect(res.text).not.toMatch(/<html|node_modules|at .*\.js/i);
    expect(h.sim.log.count()).toBe(0);
  });

  it("an unknown field → 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const res = await h.post({ query: "{ searchDevices { totalCount serialNumber } }" }, { authorization: `Bearer ${SECRETS.readerToken}` });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("introspection is off when the explorer is off", async () => {
    const res = await h.post({ query: "{ __schema { queryType { name } } }" }, { authorization: `Bearer ${SECRETS.readerToken}` });
    expect(res.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.json.errors[0].message).toMatch(/introspection/i);
  });

  it("GET /graphql answers queries, not mutations", async () => {
    const headers = { authorization: `Bearer ${SECRETS.readerToken}`, "apollo-require-preflight": "true" };
    const query = await fetch(`${h.gateway.graphqlUrl}?query=${encodeURIComponent("{ searchDevices(limit: 1) { totalCount } }")}`, { headers });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { searchDevices: { totalCount: 300 } } });

    h.sim.log.clear();
    const uuid = h.sim.data.enforcements[0].uuid;
    const mutation = await fetch(`${h.gateway.graphqlUrl}?query=${encodeURIComponent(`mutation { runEnforcements(ids: ["${uuid}"]) { status } }`)}`, {
      headers: { ...headers, authorization: `Bearer ${SECRETS.operatorToken}` },
    });
    expect(mutation.status).toBe(405);
    expect(h.sim.log.count()).toBe(0);
  });
});

describe("the router secret", () => {
  const h = useHarness({ routerSecret: SECRETS.routerSecret });

  it("without the router-authorization header → 401, nothing upstream", async () => {
    const res = await h.request(Count, {});
    expect(res.status).toBe(401);
    expect(onlyError(res).extensions?.code).toBe("UNAUTHENTICATED");
    expect(h.sim.log.count()).toBe(0);
  });

  it("with a wrong one → 401, not echoed", async () => {
    const res = await h.request(Count, {}, { headers: { "router-authorization": "not-the-router-secret" } });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain("not-the-router-secret");
  });

  it("with it → 200, and the caller's token still counts", async () => {
    const res = await h.request(Count, {}, { headers: { "router-authorization": SECRETS.routerSecret } });
    expect(res.status).toBe(200);
    expect(res.body.data!.searchDevices.totalCount).toBe(300);
    const anonymous = await h.request(Count, {}, { token: null, headers: { "router-authorization": SECRETS.routerSecret } });
    expect(anonymous.status).toBe(401);
  });

  it("/healthz does not need it", async () => {
    expect((await fetch(`${h.gateway.url}/healthz`)).status).toBe(200);
  });
});
