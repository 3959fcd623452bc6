import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { checkCap } from "./capped.js";
import { generateDataset } from "./data/generator.js";
import type { Dataset } from "./data/types.js";
import { checkDelay, pickDelay, wait } from "./delay.js";
import { FaultInjector, servesNormally } from "./faults.js";
import { listEnforcements, runEnforcement } from "./handlers/enforcements.js";
import { searchAssets } from "./handlers/assets.js";
import { errorReply, flattenHeaders, readBody, sendRaw, sendReply, type Reply, type RequestBody } from "./http.js";
import { RequestLog } from "./request-log.js";
import { matchRoute, type RouteMatch } from "./routes.js";
import type { Delay, Fault, LoggedRequest, RunRecord, SimulatorOptions } from "./types.js";

export interface RunningSimulator {
  /** e.g. "http://127.0.0.1:4100", no trailing slash. */
  url: string;
  port: number;
  /** The generated records; tests read them, nobody should change them. */
  data: Dataset;
  log: RequestLog;
  faults: FaultInjector;
  /** Every run started through POST /api/v2/enforcements/{uuid}/run, oldest first (the newest `maxLogEntries`). */
  runs: RunRecord[];
  setDelay(delayMs: Delay): void;
  /** Stops listening and destroys every open socket, hung ones included. */
  close(): Promise<void>;
}

interface State {
  data: Dataset;
  log: RequestLog;
  faults: FaultInjector;
  runs: RunRecord[];
  maxRuns: number;
  apiKey: string;
  apiSecret: string;
  delay: Delay;
  closing: AbortController;
}

/** The simulator's own credentials unless told otherwise: demo mode and `npm run simulator` use them. */
export const DEFAULT_CREDENTIALS = { apiKey: "demo-key", apiSecret: "demo-secret" } as const;

/** How many requests a long-running simulator (demo mode, `npm run simulator`) keeps in its log and runs. */
export const LONG_RUNNING_LOG_LIMIT = 1000;

/** Starts an Axonius REST API v2 server over the generated data set (see the upstream contract). */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RangeError(`port must be an integer from 0 to 65535, got ${port}`);
  const host = options.host ?? "127.0.0.1";
  checkDelay(options.delayMs ?? 0);
  const maxLogEntries = checkCap("maxLogEntries", options.maxLogEntries);
  const state: State = {
    data: generateDataset(options.seed ?? 1, options.sizes),
    log: new RequestLog(maxLogEntries),
    faults: new FaultInjector(),
    runs: [],
    maxRuns: maxLogEntries,
    apiKey: options.apiKey ?? DEFAULT_CREDENTIALS.apiKey,
    apiSecret: options.apiSecret ?? DEFAULT_CREDENTIALS.apiSecret,
    delay: options.delayMs ?? 0,
    closing: new AbortController(),
  };

  const server = createServer((request, response) => {
    handle(state, request, response).catch(() => {
      // A request dropped by close() or by the client has nobody left to answer.
      if (!state.closing.signal.aborted) sendReply(response, errorReply(500, "The simulator failed on this request"));
    });
  });
  const actualPort = await listen(server, port, host);
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    data: state.data,
    log: state.log,
    faults: state.faults,
    runs: state.runs,
    setDelay(delayMs) {
      checkDelay(delayMs);
      state.delay = delayMs;
    },
    close: () => close(server, state.closing),
  };
}

async function handle(state: State, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // Not new URL(path, base): a path starting with "//" would be read as a host name.
  const url = new URL(`http://simulator${request.url ?? "/"}`);
  const match = matchRoute(request.method ?? "GET", url.pathname);
  const body = await readBody(request);
  const entry: LoggedRequest = {
    route: match.route,
    method: request.method ?? "GET",
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: flattenHeaders(request),
    body: body.kind === "json" ? body.value : undefined,
    status: 0,
  };
  state.log.add(entry);

  await wait(pickDelay(state.delay), state.closing.signal);
  const fault = state.faults.take(match.route);
  if (fault) {
    await wait(fault.delayMs ?? 0, state.closing.signal);
    if (!servesNormally(fault)) return serveFault(fault, entry, request, response);
  }
  const reply = answer(state, match, body, entry);
  entry.status = reply.status;
  sendReply(response, reply, fault?.headers);
}

/** Faults come before authentication: they stand for failures in front of Axonius (proxies, overload). */
function serveFault(fault: Fault, entry: LoggedRequest, request: IncomingMessage, response: ServerResponse): void {
  if (fault.reset) {
    request.socket.resetAndDestroy();
    return;
  }
  if (fault.hang) return; // Left open on purpose; close() destroys the socket.
  const status = fault.status ?? 500;
  entry.status = status;
  if (fault.body === undefined) {
    sendReply(response, errorReply(status, "Injected fault"), fault.headers);
    return;
  }
  const contentType = fault.body.trimStart().startsWith("<") ? "text/html" : "application/json";
  sendRaw(response, status, fault.body, { "content-type": contentType, ...fault.headers });
}

function answer(state: State, match: RouteMatch, body: RequestBody, request: LoggedRequest): Reply {
  const { path, headers } = request;
  if (path === "/api/v2" || path.startsWith("/api/v2/")) {
    if (headers["api-key"] !== state.apiKey || headers["api-secret"] !== state.apiSecret) {
      return errorReply(401, "Invalid API key or secret");
    }
  }
  if (body.kind === "too_large") return errorReply(413, "The request body is too large");
  switch (match.route) {
    case "assets.devices":
      return searchAssets(state.data.devices, body);
    case "assets.users":
      return searchAssets(state.data.users, body);
    case "asset_types":
      return { status: 200, body: { asset_types: ["devices", "users"] } };
    case "enforcements.list":
      return listEnforcements(state.data.enforcements, request.query);
    case "enforcements.run":
      return runEnforcement(state.data.enforcements, state.runs, match.uuid ?? "", state.maxRuns);
    case "unknown":
      return errorReply(404, "No such route");
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

function close(server: Server, closing: AbortController): Promise<void> {
  closing.abort();
  return new Promise((resolve) => {
    // The callback also fires (with an error) when already closed: closing twice is fine.
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
