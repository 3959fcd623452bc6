/** Which upstream operation a request was for; logs and faults are keyed by it. */
export type RouteKey = "assets.devices" | "assets.users" | "asset_types" | "enforcements.list" | "enforcements.run" | "unknown";

/** A fixed delay in milliseconds, or [min, max] for a uniformly random one per request. */
export type Delay = number | readonly [number, number];

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  apiKey?: string;
  apiSecret?: string;
  seed?: number | string;
  sizes?: { devices?: number; users?: number; enforcements?: number };
  /** Added to every response; 0 by default. */
  delayMs?: Delay;
  /**
   * Keep only the newest N entries in `log.entries` and N records in `runs` (for long-running demo mode);
   * `log.count()` still counts every request. Unlimited by default.
   */
  maxLogEntries?: number;
}

export interface LoggedRequest {
  route: RouteKey;
  method: string;
  /** Without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased names, as received. */
  headers: Record<string, string>;
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  body: unknown;
  /** The status answered; 0 while pending and for a hang or a reset, which never answer. */
  status: number;
}

export interface Fault {
  status?: number;
  /** Sent as is: may be HTML or broken JSON. Without it, an error body of the contract's shape. */
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Never answer, until the client gives up or the simulator closes. */
  hang?: boolean;
  /** Destroy the socket without answering. */
  reset?: boolean;
  /** How many requests it applies to; unlimited (until clear()) by default. */
  times?: number;
}

export interface RunRecord {
  uuid: string;
  runId: string;
  at: Date;
}

