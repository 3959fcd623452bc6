/**
 * The real thing, on loopback: the Axonius simulator, the Axonius client, and the gateway's HTTP server.
 * Every response body and log line is kept, so a suite can check that no secret ever appeared in them.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { AxoniusClient, type AxoniusClientOptions } from "../../src/axonius/index.js";
import type { AuthPolicy } from "../../src/auth.js";
import { createLogger } from "../../src/log.js";
import { startGateway, type RunningGateway } from "../../src/server.js";
import { startSimulator, type RunningSimulator, type SimulatorOptions } from "../../src/simulator/index.js";
import { jsonOrUndefined } from "./json.js";

export const SECRETS = {
  apiKey: "sim-key-6f1d2a9c4b7e",
  apiSecret: "sim-secret-0e8b5c3a91d4",
  readerToken: "reader-token-5a7c9e1b3d",
  operatorToken: "operator-token-2b4d6f8a0c",
  routerSecret: "router-secret-7d9f1b3e5a",
} as const;

export interface GraphQLResponse<TData> {
  status: number;
  body: { data?: TData | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> };
  text: string;
}

export interface HarnessOptions {
  simulator?: SimulatorOptions;
  client?: AxoniusClientOptions;
  auth?: Partial<AuthPolicy>;
  explorer?: boolean;
  routerSecret?: string;
}

export interface Harness {
  sim: RunningSimulator;
  gateway: RunningGateway;
  client: AxoniusClient;
  /** Every response body and log line so far. */
  transcript: string[];
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>;
  /** POSTs a raw body, for what a typed document cannot express (malformed queries, raw strings). */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string; json: any }>;
  expectNoSecretsLeaked(): void;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const sim = await startSimulator({
    apiKey: SECRETS.apiKey,
    apiSecret: SECRETS.apiSecret,
    sizes: { devices: 300, users: 120, enforcements: 40 },
    ...options.simulator,
  });
  const client = new AxoniusClient(
    { url: sim.url, apiKey: SECRETS.apiKey, apiSecret: SECRETS.apiSecret },
    {
      retryBaseDelayMs: 5,
      requestTimeoutMs: 2_000,
      headersTimeoutMs: 2_000,
      bodyTimeoutMs: 2_000,
      // Suites inject fault after fault into one client; the circuit breaker has tests of its own.
      circuitThreshold: Number.POSITIVE_INFINITY,
      ...options.client,
    },
  );
  const transcript: string[] = [];
  const gateway = await startGateway({
    client,
    auth: {
      readerTokens: [SECRETS.readerToken],
      operatorTokens: [SECRETS.operatorToken],
      anonymousRole: null,
      ...options.auth,
    },
    explorer: options.explorer ?? false,
    routerSecret: options.routerSecret,
    // No redaction list here on purpose: the test must see what the gateway itself would let through.
    logger: createLogger([], (line) => transcript.push(line)),
    port: 0,
    host: "127.0.0.1",
  });

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    transcript.push(text);
    const json = jsonOrUndefined(text);
    return { status: response.status, text, json };
  };

  return {
    sim,
    gateway,
    client,
    transcript,
    post,
    async request(document, variables, { token = SECRETS.operatorToken, headers = {} } = {}) {
      const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      const { status, text, json } = await post({ query: print(document), variables }, { ...auth, ...headers });
      return { status, text, body: json };
    },
    expectNoSecretsLeaked() {
      const all = transcript.join("\n");
      for (const secret of Object.values(SECRETS)) expect(all).not.toContain(secret);
    },
    async close() {
      await gateway.close();
      await client.close();
      await sim.close();
    },
  };
}

/**
 * A suite's harness: started before its tests, faults and the request log cleared before each, closed
 * after them all, with a check that no secret leaked. The returned object forwards to the harness of the
 * moment, so a suite reads `h.sim`, `h.request(...)` as if it held the harness itself.
 */
export function useHarness(options?: HarnessOptions): Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await startHarness(options);
  });
  beforeEach(() => {
    current?.sim.faults.clear();
    current?.sim.log.clear();
  });
  afterAll(async () => {
    try {
      current?.expectNoSecretsLeaked();
    } finally {
      await current?.close();
    }
  });
  return new Proxy({} as Harness, {
    get: (_, key) => {
      if (!current) throw new Error("the harness is used before beforeAll started it");
      return Reflect.get(current, key);
    },
  });
}
