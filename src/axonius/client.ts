/**
 * The Axonius REST API v2 client: one instance per Axonius connection (the gateway has one, for the life of
 * the process), one typed method per upstream operation.
 * It is the only code that knows paths, headers and response shapes (see routes.ts and records.ts).
 */
import ky, { HTTPError, type KyInstance, type Options as KyOptions } from "ky";
import { rootCertificates } from "node:tls";
import { Agent } from "undici";
import { idsIn } from "./aql.js";
import { CircuitBreaker, meansDown } from "./circuit.js";
import { AxoniusError, isRetriableNetworkFailure, isTlsCertificateFailure, parseRetryAfter, toAxoniusError } from "./errors.js";
import {
  parseAssetPage,
  parseAssetTypes,
  parseEnforcementList,
  parseRunReceipt,
  type AssetPage,
  type AssetRecord,
  type EnforcementSet,
  type RunReceipt,
} from "./records.js";
import { AXONIUS_V2, type AssetType } from "./routes.js";

export interface AxoniusConnection {
  /** e.g. https://acme.axonius.com, without a path */
  url: string;
  apiKey: string;
  apiSecret: string;
  apiVersion?: "v2";
  /** PEM bundle to trust, for instances behind a private CA. */
  ca?: string | Buffer;
}

export interface AxoniusClientOptions {
  /** Sockets kept open to Axonius at most; further calls queue. */
  maxConnections?: number;
  connectTimeoutMs?: number;
  /** Waiting for the response headers of one attempt. */
  headersTimeoutMs?: number;
  /** Silence allowed between two chunks of a response body. */
  bodyTimeoutMs?: number;
  /** One attempt, start to headers, as ky measures it. */
  requestTimeoutMs?: number;
  /** Retries of a read after a 408/429/5xx or a network fault (not after a timeout). Runs are never retried. */
  retries?: number;
  /** Base of the jittered exponential backoff. */
  retryBaseDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the call fails as rate limited at once. */
  maxRetryAfterMs?: number;
  /** Calls in a row that find Axonius down (5xx, unreachable, timed out) before the circuit opens. */
  circuitThreshold?: number;
  /** How long an open circuit fails calls at once before it lets one through. */
  circuitCooldownMs?: number;
  /** A response body larger than this is refused (UPSTREAM_BAD_RESPONSE) rather than held in memory. */
  maxResponseBytes?: number;
  /** Told of every call's end (retries included in its duration), for metrics. */
  onCall?: (call: UpstreamCall) => void;
}

export type UpstreamOperation = "searchAssets" | "listEnforcements" | "runEnforcement" | "testConnection";

export interface UpstreamCall {
  operation: UpstreamOperation;
  /** "ok", or the contract's error code. */
  outcome: string;
  durationMs: number;
}

export interface SearchAssetsRequest {
  /** AQL; empty or absent means every asset. */
  query?: string;
  /**
   * Field paths to return; absent means Axonius' default set. Empty means the always-returned fields only,
   * and is sent as the id alone: an empty list could read as "the default set" upstream.
   */
  fields?: readonly string[];
  limit: number;
  offset: number;
}

export interface ConnectionCheck {
  assetTypes: string[];
  latencyMs: number;
}

const defaults: Required<Omit<AxoniusClientOptions, "onCall">> = {
  maxConnections: 16,
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 30_000,
  bodyTimeoutMs: 30_000,
  requestTimeoutMs: 30_000,
  retries: 2,
  retryBaseDelayMs: 250,
  maxRetryAfterMs: 10_000,
  circuitThreshold: 5,
  circuitCooldownMs: 10_000,
  // A full page of 2000 assets with many fields is a few MB; this leaves room and still bounds memory.
  maxResponseBytes: 128 * 1024 * 1024,
};

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const MAX_ENFORCEMENT_PAGES = 1_000;

/** fetch's own error for a value it cannot send as a header quotes the value: a key or secret, in a log. */
function checkHeaderValue(what: string, value: string): void {
  try {
    new Headers({ probe: value });
  } catch {
    throw new TypeError(`The Axonius ${what} cannot be sent as an HTTP header (a line break, NUL or non-Latin-1 character?).`);
  }
}

export class AxoniusClient {
  readonly serverUrl: string;
  readonly apiVersion = "v2" as const;
  readonly #http: KyInstance;
  readonly #agent: Agent;
  readonly #secrets: readonly string[];
  readonly #options: Required<Omit<AxoniusClientOptions, "onCall">> & Pick<AxoniusClientOptions, "onCall">;
  readonly #circuit: CircuitBreaker;

  constructor(connection: AxoniusConnection, options: AxoniusClientOptions = {}) {
    this.#options = { ...defaults, ...options };
    this.#circuit = new CircuitBreaker(this.#options.circuitThreshold, this.#options.circuitCooldownMs);
    this.serverUrl = connection.url.replace(/\/+$/, "");
    this.#secrets = [connection.apiKey, connection.apiSecret];
    checkHeaderValue("API key", connection.apiKey);
    checkHeaderValue("API secret", connection.apiSecret);
    // fetch's own defaults are unlimited sockets and 300 s timeouts: bound both.
    this.#agent = new Agent({
      connections: this.#options.maxConnections,
      connectTimeout: this.#options.connectTimeoutMs,
      headersTimeout: this.#options.headersTimeoutMs,
      bodyTimeout: this.#options.bodyTimeoutMs,
      keepAliveTimeout: 10_000,
      maxResponseSize: this.#options.maxResponseBytes,
      // A private CA is trusted on top of Node's public roots, not instead of them.
      connect: connection.ca ? { ca: [...rootCertificates, connection.ca.toString()] } : undefined,
    });
    this.#http = ky.create({
      prefixUrl: `${this.serverUrl}/${AXONIUS_V2.basePath(connection.apiVersion ?? "v2")}`,
      headers: {
        [AXONIUS_V2.authHeaders.key]: connection.apiKey,
        [AXONIUS_V2.authHeaders.secret]: connection.apiSecret,
        accept: "application/json",
      },
      timeout: this.#options.requestTimeoutMs,
      retry: 0,
      // Following a redirect would carry the key and secret to wherever it points, and send a run again.
      redirect: "manual",
      // ky hands options it does not know to fetch: this is how the pool reaches undici.
      dispatcher: this.#agent,
    } as KyOptions);
  }

  /** `POST /assets/{type}`: one page of assets matching an AQL query, with the total match count. */
  async searchAssets(type: AssetType, request: SearchAssetsRequest): Promise<AssetPage> {
    return this.#read("searchAssets", "post", AXONIUS_V2.paths.searchAssets(type), parseAssetPage, {
      json: AXONIUS_V2.searchBody(
        request.query ?? "",
        // An empty list could read as "the default set": ask for the id, which comes back anyway.
        request.fields && (request.fields.length > 0 ? request.fields : [AXONIUS_V2.idField]),
        request.limit,
        request.offset,
      ),
    });
  }

  /** Every asset matching a query, page after page of 2000, until the reported total is reached. */
  async searchAllAssets(type: AssetType, request: Omit<SearchAssetsRequest, "limit" | "offset">): Promise<AssetRecord[]> {
    const limit = AXONIUS_V2.maxPageSize;
    const all: AssetRecord[] = [];
    for (;;) {
      const page = await this.searchAssets(type, { ...request, limit, offset: all.length });
      all.push(...page.assets);
      // A short page ends it too: a total that grows while we page must not keep us paging forever.
      if (all.length >= page.total || page.assets.length < limit) return all;
    }
  }

  /** Assets by `internal_axon_id`, one search per chunk of at most 2000 ids. Unknown ids are simply absent. */
  async assetsByIds(type: AssetType, ids: readonly string[], fields?: readonly string[]): Promise<AssetRecord[]> {
    const unique = [...new Set(ids)];
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += AXONIUS_V2.maxPageSize) chunks.push(unique.slice(i, i + AXONIUS_V2.maxPageSize));
    const pages = await Promise.all(
      chunks.map((chunk) => this.searchAssets(type, { query: idsIn(chunk), fields, limit: chunk.length, offset: 0 })),
    );
    return pages.flatMap((page) => page.assets);
  }

  /** `GET /enforcements`, page after page until a short page: there is no total to rely on. */
  async listEnforcements(): Promise<EnforcementSet[]> {
    const limit = AXONIUS_V2.maxPageSize;
    const all: EnforcementSet[] = [];
    for (let page = 0; page < MAX_ENFORCEMENT_PAGES; page++) {
      const sets = await this.#read("listEnforcements", "get", AXONIUS_V2.paths.listEnforcements, parseEnforcementList, {
        searchParams: AXONIUS_V2.listParams(limit, page * limit),
      });
      all.push(...sets);
      if (sets.length < limit) return all;
    }
    throw new AxoniusError("UPSTREAM_BAD_RESPONSE", "Unexpected response from Axonius: the enforcement list never ends.");
  }

  /**
   * `POST /enforcements/{uuid}/run`. Every call starts a new run upstream, so it is sent exactly once:
   * after a timeout or a dropped connection the outcome is unknown and reported as such, never retried.
   */
  async runEnforcement(uuid: string): Promise<RunReceipt> {
    // These cannot be one path segment: URL resolution would send the POST elsewhere ("." → /enforcements/run,
    // ".." → /api/v2/run). No set has such a uuid, so nothing is sent.
    if (uuid === "" || uuid === "." || uuid === "..") {
      throw new AxoniusError("UPSTREAM_NOT_FOUND", "Not found: no enforcement set has this uuid.");
    }
    return this.#call("runEnforcement", "post", AXONIUS_V2.paths.runEnforcement(uuid), (body) => parseRunReceipt(body, uuid), { retry: 0 });
  }

  /** `GET /assets/asset_types`: proves the URL, the credentials and the API version in one cheap call. */
  async testConnection(): Promise<ConnectionCheck> {
    const started = performance.now();
    const assetTypes = await this.#read("testConnection", "get", AXONIUS_V2.paths.assetTypes, parseAssetTypes, {});
    return { assetTypes, latencyMs: Math.round(performance.now() - started) };
  }

  /** Closes the pooled sockets; the client cannot be used afterwards. */
  async close(): Promise<void> {
    await this.#agent.close();
  }

  /** A read: retried on 408/429/5xx and network faults with jittered backoff, honouring Retry-After up to a cap. */
  #read<T>(operation: UpstreamOperation, method: "get" | "post", path: string, parse: (body: unknown) => T, options: KyOptions): Promise<T> {
    const { retries, retryBaseDelayMs, maxRetryAfterMs } = this.#options;
    return this.#call(operation, method, path, parse, {
      ...options,
      retry: {
        limit: retries,
        methods: [method],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        maxRetryAfter: maxRetryAfterMs,
        delay: (attempt) => retryBaseDelayMs * 2 ** (attempt - 1),
        jitter: true,
        backoffLimit: maxRetryAfterMs,
        shouldRetry: ({ error }) => {
          // Without an HTTP answer: a reset may not recur, but a timeout, a refused certificate or an oversized
          // body would (undici's timeouts arrive here as network errors, so ky's own check does not see them).
          if (!(error instanceof HTTPError)) return isRetriableNetworkFailure(error) ? undefined : false;
          if (!RETRY_STATUSES.includes(error.response.status)) return false;
          const retryAfter = parseRetryAfter(error.response.headers.get("retry-after"));
          // No readable Retry-After: our backoff. Left to ky, an unreadable one ("soon") waits the whole cap,
          // and so would RateLimit-Reset and the like, which ky also reads.
          if (retryAfter === undefined) return true;
          // Waiting longer than the cap would hold the caller's request: fail now and say when to come back.
          return retryAfter * 1000 > maxRetryAfterMs ? false : undefined;
        },
      },
    });
  }

  /** One call; `parse` checks the 2xx body, and its failure carries the status, since Axonius did answer. */
  async #call<T>(operation: UpstreamOperation, method: "get" | "post", path: string, parse: (body: unknown) => T, options: KyOptions): Promise<T> {
    const started = performance.now();
    try {
      const result = await this.#send(method, path, parse, options);
      this.#options.onCall?.({ operation, outcome: "ok", durationMs: performance.now() - started });
      return result;
    } catch (error) {
      const outcome = error instanceof AxoniusError ? error.code : "UNKNOWN";
      this.#options.onCall?.({ operation, outcome, durationMs: performance.now() - started });
      throw error;
    }
  }

  async #send<T>(method: "get" | "post", path: string, parse: (body: unknown) => T, options: KyOptions): Promise<T> {
    let status: number;
    let text: string;
    this.#circuit.admit();
    try {
      const response = await this.#http(path, { ...options, method });
      status = response.status;
      text = await response.text();
    } catch (error) {
      const failure = await toAxoniusError(error, this.#secrets);
      // A refused certificate is a configuration problem: opening the circuit would hide the message naming it.
      if (meansDown(failure) && !isTlsCertificateFailure(error)) this.#circuit.failed();
      else this.#circuit.succeeded();
      throw failure;
    }
    this.#circuit.succeeded();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new AxoniusError("UPSTREAM_BAD_RESPONSE", "Unexpected response from Axonius: the body is not JSON.", status);
    }
    try {
      return parse(body);
    } catch (error) {
      if (error instanceof AxoniusError) throw new AxoniusError(error.code, error.message, status);
      throw error;
    }
  }
}
