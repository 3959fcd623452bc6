/**
 * The app as main.ts starts it, in-process: demo mode (no AXONIUS_URL: the embedded simulator serves as
 * Axonius, anonymous callers are operators, the explorer is on) and a live-style configuration (explorer
 * off, tokens required), then a drain that answers /readyz with 503 (docs/contract.md, "HTTP surface").
 */
import { createServer, request as httpRequest, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startApp, type RunningApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { DEFAULT_CREDENTIALS, startSimulator, type RunningSimulator } from "../../src/simulator/index.js";
import { jsonOrUndefined } from "../support/json.js";

/** Every simulator started, the embedded one included: to check that a failed start leaves none running. */
const simulators = vi.hoisted(() => [] as Array<{ port: number }>);
vi.mock("../../src/simulator/index.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/simulator/index.js")>();
  return {
    ...actual,
    startSimulator: async (...args: Parameters<typeof actual.startSimulator>) => {
      const sim = await actual.startSimulator(...args);
      simulators.push(sim);
      return sim;
    },
  };
});

const KEY = "demo-test-key-8c2e4a6f0b";
const SECRET = "demo-test-secret-1d3f5b7a9c";
const READER = "demo-test-reader-6a8c0e2b4d";
const OPERATOR = "demo-test-operator-3b5d7f9a1c";

interface Reply {
  status: number;
  contentType: string;
  text: string;
  json: any;
}

async function call(url: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  const json = jsonOrUndefined(text);
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, json };
}

const post = (app: RunningApp, query: string, variables?: Record<string, unknown>, token?: string) =>
  call(app.gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });

/** Resolves true when a TCP connection to the port is refused. */
const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });

const portOf = (url: string) => Number(new URL(url).port);

const SEARCH = "{ searchDevices(limit: 2) { totalCount items { id hostname } } }";
const INTROSPECT = '{ __schema { queryType { name } } __type(name: "Device") { fields { name } } }';
const RUN = "mutation Run($ids: [ID!]!) { runEnforcements(ids: $ids) { status results { id ok runId error { code message } } } }";

describe("demo mode (no AXONIUS_URL)", () => {
  const lines: string[] = [];
  let app: RunningApp;
  let closed = false;

  beforeAll(async () => {
    app = await startApp(loadConfig({ PORT: "0" }), createLogger([], (line) => lines.push(line)));
  });
  afterAll(async () => {
    if (!closed) await app?.close();
  });

  it("starts the embedded simulator on a free loopback port and uses it as Axonius", async () => {
    expect(app.simulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(portOf(app.simulatorUrl!)).toBeGreaterThan(0);
    expect(app.axoniusUrl).toBe(app.simulatorUrl);
    expect(app.gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(portOf(app.gateway.url)).toBeGreaterThan(0);
    expect(portOf(app.gateway.url)).not.toBe(portOf(app.simulatorUrl!));
    expect(app.gateway.graphqlUrl).toBe(`${app.gateway.url}/graphql`);
    const types = await call(`${app.simulatorUrl}/api/v2/assets/asset_types`, {
      headers: { "api-key": DEFAULT_CREDENTIALS.apiKey, "api-secret": DEFAULT_CREDENTIALS.apiSecret },
    });
    expect(types.status).toBe(200);
    expect(types.json).toEqual({ asset_types: ["devices", "users"] });
  });

  it("answers an anonymous device search from the default demo data set (2000 devices)", async () => {
    const res = await post(app, SEARCH);
    expect(res.json.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect(res.json.data.searchDevices.totalCount).toBe(2000);
    expect(res.json.data.searchDevices.items).toHaveLength(2);
    for (const item of res.json.data.searchDevices.items) expect(item.id).toMatch(/\S/);
  });

  it("lets an anonymous caller run an enforcement (anonymous is an operator in demo mode)", async () => {
    const list = await post(app, "{ searchEnforcements(limit: 1) { totalCount items { id } } }");
    expect(list.json.errors).toBeUndefined();
    expect(list.json.data.searchEnforcements.totalCount).toBe(40);
    const id = list.json.data.searchEnforcements.items[0].id as string;
    expect(id).toMatch(/\S/);

    const run = await post(app, RUN, { ids: [id] });
    expect(run.json.errors).toBeUndefined();
    expect(run.status).toBe(200);
    expect(run.json.data.runEnforcements.status).toBe("SUCCEEDED");
    expect(run.json.data.runEnforcements.results).toHaveLength(1);
    const [result] = run.json.data.runEnforcements.results;
    expect(result).toMatchObject({ id, ok: true, error: null });
    expect(result.runId).toMatch(/\S/);
  });

  it("serves Apollo Sandbox to a browser (explorer on by default)", async () => {
    const res = await call(app.gateway.graphqlUrl, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^text\/html/);
    expect(res.text).toMatch(/<html/i);
    expect(res.text).toContain("embeddableSandbox");
  });

  it("allows introspection", async () => {
    const res = await post(app, INTROSPECT);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.__schema.queryType.name).toBe("Query");
    const fields = (res.json.data.__type.fields as Array<{ name: string }>).map((f) => f.name);
    expect(fields).toEqual(expect.arrayContaining(["id", "hostname", "ipAddresses", "lastUsedUsers", "field"]));
  });

  it("answers a query over GET (with a CSRF-safe header) but not a mutation", async () => {
    const query = encodeURIComponent("{ searchDevices(limit: 1) { totalCount } }");
    const get = await call(`${app.gateway.graphqlUrl}?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
    expect(get.status).toBe(200);
    expect(get.json.data.searchDevices.totalCount).toBe(2000);
    const mutation = encodeURIComponent('mutation { runEnforcements(ids: ["x"]) { status } }');
    const refused = await call(`${app.gateway.graphqlUrl}?query=${mutation}`, { headers: { "apollo-require-preflight": "true" } });
    expect(refused.status).toBe(405);
  });

  it("serves /healthz, /readyz and /metrics", async () => {
    expect((await post(app, "{ searchUsers(limit: 1) { totalCount } }")).json.data.searchUsers.totalCount).toBe(800);
    expect((await post(app, RUN, { ids: ["no-such-enforcement"] })).json.data.runEnforcements.status).toBe("FAILED");
    const health = await call(`${app.gateway.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: "ok" });
    const ready = await call(`${app.gateway.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({ status: "ready" });
    const metrics = await call(`${app.gateway.url}/metrics`);
    expect(metrics.status).toBe(200);
    expect(metrics.contentType).toMatch(/^text\/plain/);
    expect(metrics.text).toContain("# TYPE gateway_graphql_requests_total counter");
    const queries = /^gateway_graphql_requests_total\{operation="query"\} (\d+)$/m.exec(metrics.text);
    const mutations = /^gateway_graphql_requests_total\{operation="mutation"\} (\d+)$/m.exec(metrics.text);
    expect(Number(queries?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(mutations?.[1])).toBeGreaterThanOrEqual(1);
    // The client reports its upstream calls: the searches and the run made by the tests above.
    expect(metrics.text).toMatch(/^gateway_upstream_calls_total\{operation="searchAssets",outcome="ok"\} [1-9]\d*$/m);
    expect(metrics.text).toMatch(/^gateway_upstream_calls_total\{operation="runEnforcement",outcome="ok"\} [1-9]\d*$/m);
    expect(metrics.text).toMatch(/^gateway_upstream_call_seconds_count\{operation="searchAssets"\} [1-9]\d*$/m);
    expect(metrics.text).toMatch(/^gateway_uptime_seconds \d+$/m);
  });

  it("logs only one-line entries (Apollo's start-up notice among them)", () => {
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });

  it("after close(), neither the gateway nor the simulator accepts connections", async () => {
    const gatewayPort = portOf(app.gateway.url);
    const simulatorPort = portOf(app.simulatorUrl!);
    await app.close();
    closed = true;
    expect(await refusesConnections(gatewayPort)).toBe(true);
    expect(await refusesConnections(simulatorPort)).toBe(true);
    // Closing again (a second signal, a test's afterAll) is harmless.
    await expect(app.close()).resolves.toBeUndefined();
  });

  it("when the port is taken, start-up fails with the listen error and leaves no simulator behind", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    try {
      const port = (blocker.address() as AddressInfo).port;
      const before = simulators.length;
      await expect(startApp(loadConfig({ PORT: String(port) }), createLogger([], (line) => lines.push(line)))).rejects.toThrow(/EADDRINUSE/);
      expect(simulators).toHaveLength(before + 1);
      expect(await refusesConnections(simulators[before].port)).toBe(true);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

/**
 * A pass-through proxy in front of the simulator that can hold requests until released: what lets the
 * drain test keep a request in flight for exactly as long as it needs, without any timing.
 */
interface Gate {
  url: string;
  arrivals: number;
  hold(): void;
  release(): void;
  /** Resolves once `n` requests in all have arrived at the proxy. */
  arrived(n: number): Promise<void>;
  close(): Promise<void>;
}

async function startGate(target: string): Promise<Gate> {
  let held = false;
  let waiting: Array<() => void> = [];
  let watchers: Array<{ n: number; resolve: () => void }> = [];
  const gate = {} as Gate;
  const server: Server = createServer((req, res) => {
    gate.arrivals += 1;
    watchers = watchers.filter((w) => (gate.arrivals >= w.n ? (w.resolve(), false) : true));
    const forward = () => {
      const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on("error", () => res.destroy());
      req.pipe(upstream);
    };
    if (held) waiting.push(forward);
    else forward();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  Object.assign(gate, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals: 0,
    hold: () => void (held = true),
    release: () => {
      held = false;
      const go = waiting;
      waiting = [];
      for (const forward of go) forward();
    },
    arrived: (n: number) => new Promise<void>((resolve) => (gate.arrivals >= n ? resolve() : watchers.push({ n, resolve }))),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  } satisfies Partial<Gate>);
  return gate;
}

/** One keep-alive TCP connection for HTTP/1.1 pipelining: requests are written as raw text. */
async function rawConnection(port: number) {
  const socket = connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  socket.setEncoding("utf8");
  let received = "";
  socket.on("data", (chunk: string) => (received += chunk));
  const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  return {
    write: (text: string) => socket.write(text),
    /** Waits for the server to close the connection; then every status line it sent, in order. */
    async statuses(): Promise<number[]> {
      await ended;
      // Not anchored to a line start: a response body without a final newline runs straight into the next.
      return [...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
    },
    received: () => received,
    destroy: () => socket.destroy(),
  };
}

const rawPost = (query: string, token: string) => {
  const body = JSON.stringify({ query });
  return [
    "POST /graphql HTTP/1.1",
    "Host: 127.0.0.1",
    "Content-Type: application/json",
    `Authorization: Bearer ${token}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
};
const rawGet = (path: string) => [`GET ${path} HTTP/1.1`, "Host: 127.0.0.1", "", ""].join("\r\n");

describe("with AXONIUS_URL set (explorer off by default, tokens required)", () => {
  const lines: string[] = [];
  const bodies: string[] = [];
  let sim: RunningSimulator;
  let gate: Gate;
  let app: RunningApp;
  let closed = false;

  beforeAll(async () => {
    sim = await startSimulator({ apiKey: KEY, apiSecret: SECRET, sizes: { devices: 150, users: 60, enforcements: 12 } });
    gate = await startGate(sim.url);
    const config = loadConfig({
      AXONIUS_URL: gate.url,
      AXONIUS_API_KEY: KEY,
      AXONIUS_API_SECRET: SECRET,
      GATEWAY_READER_TOKENS: READER,
      GATEWAY_OPERATOR_TOKENS: OPERATOR,
      PORT: "0",
    });
    expect(config.explorer).toBe(false);
    app = await startApp(config, createLogger([KEY, SECRET, READER, OPERATOR], (line) => lines.push(line)));
  });
  afterAll(async () => {
    gate?.release();
    if (!closed) await app?.close();
    await gate?.close();
    await sim?.close();
  });

  const send = async (query: string, token?: string, variables?: Record<string, unknown>) => {
    const res = await post(app, query, variables, token);
    bodies.push(res.text);
    return res;
  };

  it("talks to the configured Axonius, not an embedded simulator", async () => {
    expect(app.simulatorUrl).toBeNull();
    expect(app.axoniusUrl).toBe(gate.url);
    const res = await send(SEARCH, READER);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.searchDevices.totalCount).toBe(150);
    expect(sim.log.entries.at(-1)?.headers["api-key"]).toBe(KEY);
  });

  it("refuses a request without a token with 401 UNAUTHENTICATED, before any upstream call", async () => {
    const before = gate.arrivals;
    const res = await send(SEARCH);
    expect(res.status).toBe(401);
    expect(res.json.data).toBeUndefined();
    expect(res.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(gate.arrivals).toBe(before);
  });

  it("counts refused requests in /metrics", async () => {
    const count = async () => {
      const text = (await call(`${app.gateway.url}/metrics`)).text;
      return Number(/^gateway_graphql_errors_total\{code="UNAUTHENTICATED"\} (\d+)$/m.exec(text)?.[1] ?? 0);
    };
    const before = await count();
    expect((await send(SEARCH)).status).toBe(401);
    expect((await send(SEARCH, "demo-test-wrong-token")).status).toBe(401);
    expect(await count()).toBe(before + 2);
  });

  it("refuses an unknown token with 401 and does not repeat it", async () => {
    const unknown = "demo-test-unknown-0f2d4b6a8c";
    const res = await send(SEARCH, unknown);
    expect(res.status).toBe(401);
    expect(res.json.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(res.text).not.toContain(unknown);
  });

  it("forbids a reader to run enforcements, and lets an operator", async () => {
    const id = sim.data.enforcements[0].uuid;
    const reader = await send(RUN, READER, { ids: [id] });
    expect(reader.json.errors[0].extensions.code).toBe("FORBIDDEN");
    expect(sim.runs).toHaveLength(0);
    const operator = await send(RUN, OPERATOR, { ids: [id] });
    expect(operator.json.errors).toBeUndefined();
    expect(operator.json.data.runEnforcements.status).toBe("SUCCEEDED");
    expect(sim.runs.map((r) => r.uuid)).toEqual([id]);
  });

  it("refuses introspection", async () => {
    const res = await send(INTROSPECT, READER);
    expect(res.json.data).toBeUndefined();
    expect(res.json.errors.length).toBeGreaterThan(0);
    expect(res.json.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.json.errors[0].message).toMatch(/introspection/i);
  });

  it("does not serve Apollo Sandbox to a browser", async () => {
    const browsers: Array<Record<string, string>> = [{ accept: "text/html" }, { accept: "text/html", authorization: `Bearer ${READER}` }];
    for (const headers of browsers) {
      const res = await call(app.gateway.graphqlUrl, { headers });
      bodies.push(res.text);
      expect(res.status).not.toBe(200);
      expect(res.contentType).not.toMatch(/text\/html/);
      expect(res.text).not.toContain("embeddableSandbox");
      expect(res.text).not.toMatch(/<html/i);
    }
  });

  it("never shows the key, the secret or a token in a response or a log line", () => {
    const all = [...bodies, ...lines].join("\n");
    for (const secret of [KEY, SECRET, READER, OPERATOR]) expect(all).not.toContain(secret);
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });

  it("answers /readyz with 503 while draining, finishes the request in flight, then stops listening", async () => {
    expect((await call(`${app.gateway.url}/readyz`)).status).toBe(200);
    const gatewayPort = portOf(app.gateway.url);
    const connection = await rawConnection(gatewayPort);
    try {
      gate.hold();
      const before = gate.arrivals;
      // 1. A query whose upstream call the gate holds: the connection stays busy.
      connection.write(rawPost("{ searchDevices(limit: 1) { totalCount } }", READER));
      await gate.arrived(before + 1);

      // 2. Shut down while it is in flight.
      const closing = app.close();
      closed = true;

      // 3. Pipelined on the same (busy, so not closed) connection: /readyz, then a second query. The second
      //    query reaching upstream proves the server took /readyz in while draining.
      connection.write(rawGet("/readyz") + rawPost("{ searchUsers(limit: 1) { totalCount } }", READER));
      await gate.arrived(before + 2);

      // 4. New connections are refused from now on.
      expect(await refusesConnections(gatewayPort)).toBe(true);

      // 5. Let both queries finish: the responses come in order, then the server closes the connection.
      gate.release();
      expect(await connection.statuses()).toEqual([200, 503, 200]);
      expect(connection.received()).toContain('"status":"draining"');
      expect(connection.received()).toContain('"totalCount":150');
      expect(connection.received()).toContain('"totalCount":60');
      await closing;
      expect(await refusesConnections(gatewayPort)).toBe(true);
    } finally {
      gate.release();
      connection.destroy();
    }
  });
});
