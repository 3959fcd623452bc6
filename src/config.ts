/**
 * The environment, read once into a typed config (docs/contract.md, "Configuration"). A bad value
 * stops start-up with one line that names the variable and never echoes a secret.
 */
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";

export interface AxoniusSettings {
  url: string;
  apiKey: string;
  apiSecret: string;
  apiVersion: "v2";
  ca?: string;
}

export interface Config {
  /** null: demo mode, the embedded simulator serves as Axonius. */
  axonius: AxoniusSettings | null;
  port: number;
  host: string;
  readerTokens: string[];
  operatorTokens: string[];
  allowAnonymous: boolean;
  explorer: boolean;
  /** When set, only requests carrying it in `router-authorization` are served. */
  routerSecret?: string;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string): string | undefined => {
  const raw = env[name]?.trim();
  return raw === "" ? undefined : raw;
};

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (["true", "1", "yes", "on"].includes(raw)) return true;
  if (["false", "0", "no", "off"].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false.`);
}

/** Shorter secrets are guessable, and too short to cut out of log lines without mangling them. */
export const MIN_SECRET_LENGTH = 8;

function tokens(env: Env, name: string): string[] {
  const list = (value(env, name) ?? "").split(",").map((t) => t.trim()).filter((t) => t !== "");
  if (list.some((t) => t.length < MIN_SECRET_LENGTH)) throw new ConfigError(`${name}: every token must be at least ${MIN_SECRET_LENGTH} characters long.`);
  // A caller sends "Bearer <token>": a token with white space in it could never be presented.
  if (list.some((t) => /\s/.test(t))) throw new ConfigError(`${name}: a token must not contain white space.`);
  return list;
}

function port(env: Env, name: string, fallback: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 65535) throw new ConfigError(`${name} must be a port number from 0 to 65535.`);
  return n;
}

function axoniusUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("AXONIUS_URL is not a URL (expected e.g. https://acme.axonius.com).");
  }
  // Never repeat the value here: a URL with credentials in it is exactly the one not to print.
  if (url.username || url.password) throw new ConfigError("AXONIUS_URL must not contain credentials; use AXONIUS_API_KEY and AXONIUS_API_SECRET.");
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ConfigError("AXONIUS_URL must start with https:// or http://.");
  if (url.search || url.hash) throw new ConfigError("AXONIUS_URL must not have a query or a fragment.");
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g;

/** The PEM bundle, checked now: a broken CA file would otherwise surface only as a TLS failure per request. */
function readCaFile(path: string): string {
  // JSON.stringify keeps the error on one line whatever the path holds.
  const shown = JSON.stringify(path);
  let pem: string;
  try {
    pem = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(`AXONIUS_CA_FILE: cannot read ${shown}${code ? ` (${code})` : ""}.`);
  }
  const blocks = pem.match(PEM_CERTIFICATE) ?? [];
  if (blocks.length === 0) throw new ConfigError(`AXONIUS_CA_FILE: ${shown} holds no PEM certificate.`);
  blocks.forEach((block, i) => {
    try {
      new X509Certificate(block);
    } catch {
      throw new ConfigError(`AXONIUS_CA_FILE: certificate ${i + 1} in ${shown} is not a valid PEM certificate.`);
    }
  });
  return pem;
}

function axoniusSettings(env: Env): AxoniusSettings | null {
  // Set but blank is a deployment mistake (an unfilled template), not a wish for demo mode with anonymous operators.
  if (env.AXONIUS_URL !== undefined && env.AXONIUS_URL.trim() === "") {
    throw new ConfigError("AXONIUS_URL is set but empty; unset it for demo mode, or give the Axonius server URL.");
  }
  const rawUrl = value(env, "AXONIUS_URL");
  const version = value(env, "AXONIUS_API_VERSION") ?? "v2";
  // The value is not echoed: it could span lines, or be a secret pasted into the wrong variable.
  if (version !== "v2") throw new ConfigError("AXONIUS_API_VERSION must be v2, the only version supported.");
  if (rawUrl === undefined) return null;
  const apiKey = value(env, "AXONIUS_API_KEY");
  const apiSecret = value(env, "AXONIUS_API_SECRET");
  if (!apiKey) throw new ConfigError("AXONIUS_API_KEY is required when AXONIUS_URL is set.");
  if (!apiSecret) throw new ConfigError("AXONIUS_API_SECRET is required when AXONIUS_URL is set.");
  const caFile = value(env, "AXONIUS_CA_FILE");
  const ca = caFile === undefined ? undefined : readCaFile(caFile);
  return { url: axoniusUrl(rawUrl), apiKey, apiSecret, apiVersion: "v2", ca };
}

function routerSecret(env: Env): string | undefined {
  const secret = value(env, "GATEWAY_ROUTER_SECRET");
  if (secret !== undefined && secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`GATEWAY_ROUTER_SECRET must be at least ${MIN_SECRET_LENGTH} characters long.`);
  }
  return secret;
}

export function loadConfig(env: Env = process.env): Config {
  const axonius = axoniusSettings(env);
  const demo = axonius === null;
  const config: Config = {
    axonius,
    port: port(env, "PORT", 4000),
    host: value(env, "HOST") ?? "127.0.0.1",
    readerTokens: tokens(env, "GATEWAY_READER_TOKENS"),
    operatorTokens: tokens(env, "GATEWAY_OPERATOR_TOKENS"),
    allowAnonymous: flag(env, "GATEWAY_ALLOW_ANONYMOUS", false),
    explorer: flag(env, "GATEWAY_EXPLORER", demo),
    routerSecret: routerSecret(env),
  };
  if (!demo && config.readerTokens.length === 0 && config.operatorTokens.length === 0 && !config.allowAnonymous) {
    throw new ConfigError(
      "GATEWAY_READER_TOKENS or GATEWAY_OPERATOR_TOKENS must be set (or GATEWAY_ALLOW_ANONYMOUS=true) when AXONIUS_URL is set.",
    );
  }
  return config;
}
