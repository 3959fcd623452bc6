import { HTTPError, TimeoutError } from "ky";
import { readPath } from "./read-path.js";
import { AXONIUS_V2 } from "./routes.js";

/** The contract's codes for failures that happen upstream (docs/contract.md, "Errors"). */
export type UpstreamErrorCode =
  | "UPSTREAM_UNAUTHORIZED"
  | "UPSTREAM_FORBIDDEN"
  | "UPSTREAM_NOT_FOUND"
  | "UPSTREAM_BAD_REQUEST"
  | "UPSTREAM_RATE_LIMITED"
  | "UPSTREAM_UNAVAILABLE"
  | "UPSTREAM_TIMEOUT"
  | "UPSTREAM_BAD_RESPONSE";

/**
 * The one error the client throws. It carries a code, the HTTP status when Axonius answered, and a short
 * reason that is safe to show a caller. It deliberately keeps nothing of ky's HTTPError: that object holds
 * the request headers (the API key and secret) and the full URL.
 */
export class AxoniusError extends Error {
  override readonly name = "AxoniusError";

  constructor(
    readonly code: UpstreamErrorCode,
    message: string,
    readonly statusCode?: number,
    readonly retryAfterSeconds?: number,
    /**
     * The request may have reached Axonius but no answer came back (a timeout, a dropped connection), so
     * whether it took effect is unknown. False when Axonius answered or the request was never sent.
     */
    readonly unanswered = false,
  ) {
    super(message);
  }

  toJSON() {
    const { name, code, statusCode, retryAfterSeconds, message } = this;
    return { name, code, statusCode, retryAfterSeconds, message };
  }
}

const statusCodes: Array<[test: (status: number) => boolean, code: UpstreamErrorCode, reason: string]> = [
  [(s) => s >= 300 && s < 400, "UPSTREAM_BAD_RESPONSE", "Axonius answered with a redirect, which is not followed: check AXONIUS_URL."],
  [(s) => s === 401, "UPSTREAM_UNAUTHORIZED", "Unauthorized: check the API key and secret."],
  [(s) => s === 403, "UPSTREAM_FORBIDDEN", "Forbidden: the API account lacks a permission."],
  [(s) => s === 404, "UPSTREAM_NOT_FOUND", "Not found."],
  [(s) => s === 408, "UPSTREAM_TIMEOUT", "Axonius timed out."],
  [(s) => s === 429, "UPSTREAM_RATE_LIMITED", "Rate limited by Axonius."],
  [(s) => s >= 500, "UPSTREAM_UNAVAILABLE", "Axonius is unavailable."],
  [(s) => s >= 400, "UPSTREAM_BAD_REQUEST", "Axonius rejected the request."],
];

/** Maps whatever a call threw to an AxoniusError, dropping everything that could hold a secret. */
export async function toAxoniusError(error: unknown, secrets: readonly string[]): Promise<AxoniusError> {
  if (error instanceof AxoniusError) return error;
  if (error instanceof HTTPError) return fromResponse(error.response, secrets);
  const causeCode = networkCode(error);
  const neverSent = causeCode !== undefined && NOT_SENT.has(causeCode);
  if (isTimeout(error)) return new AxoniusError("UPSTREAM_TIMEOUT", "No answer from Axonius in time.", undefined, undefined, !neverSent);
  if (causeCode === "UND_ERR_RES_EXCEEDED_MAX_SIZE") {
    return new AxoniusError("UPSTREAM_BAD_RESPONSE", "Unexpected response from Axonius: the body is larger than the client accepts.");
  }
  if (causeCode && TLS_CERTIFICATE.test(causeCode)) {
    const why = TLS_UNTRUSTED.has(causeCode) ? `is not trusted (${causeCode}); see AXONIUS_CA_FILE` : `was refused (${causeCode})`;
    return new AxoniusError("UPSTREAM_UNAVAILABLE", `Could not reach Axonius: its TLS certificate ${why}.`);
  }
  if (causeCode || (error instanceof TypeError && /fetch failed|terminated/i.test(error.message))) {
    return new AxoniusError("UPSTREAM_UNAVAILABLE", `Could not reach Axonius${causeCode ? ` (${causeCode})` : ""}.`, undefined, undefined, !neverSent);
  }
  if (error instanceof Error && error.name === "AbortError") {
    return new AxoniusError("UPSTREAM_TIMEOUT", "The call to Axonius was aborted.", undefined, undefined, true);
  }
  return new AxoniusError("UPSTREAM_UNAVAILABLE", "The call to Axonius failed.", undefined, undefined, true);
}

/** OpenSSL's and Node's verdicts on a server certificate: a configuration problem, not Axonius being down. */
const TLS_CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_/;
/** Of those, the ones a private CA bundle (AXONIUS_CA_FILE) cures; an expired or misnamed certificate it does not. */
const TLS_UNTRUSTED = new Set([
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
]);

export function isTlsCertificateFailure(error: unknown): boolean {
  return TLS_CERTIFICATE.test(networkCode(error) ?? "");
}

/**
 * A failure without an HTTP answer that a second attempt might not meet: a refused connection, a reset.
 * Not a timeout (a hung upstream hangs again), a refused certificate or an oversized body (both would
 * fail the same way again).
 */
export function isRetriableNetworkFailure(error: unknown): boolean {
  return !isTimeout(error) && !isTlsCertificateFailure(error) && networkCode(error) !== "UND_ERR_RES_EXCEEDED_MAX_SIZE";
}

/** Failures before any byte of the request left: no connection was ever made. */
const NOT_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

async function fromResponse(response: Response, secrets: readonly string[]): Promise<AxoniusError> {
  const status = response.status;
  const [, code, reason] = statusCodes.find(([test]) => test(status)) ?? statusCodes[statusCodes.length - 1];
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  // The upstream's own words help only for a rejected request (an AQL syntax error); elsewhere they add risk.
  const detail = code === "UPSTREAM_BAD_REQUEST" ? await safeDetail(response, secrets) : undefined;
  if (code !== "UPSTREAM_BAD_REQUEST") await response.body?.cancel().catch(() => undefined);
  // A 502 or 504 comes from a proxy that gave up waiting: the request may well have reached Axonius.
  const unanswered = status === 502 || status === 504;
  return new AxoniusError(code, detail ? `${reason} ${detail}` : reason, status, retryAfter, unanswered);
}

/** ky's own request timeout, or one of undici's (connect, headers, body): both mean "no answer in time". */
export function isTimeout(error: unknown): boolean {
  return error instanceof TimeoutError || /TIMEOUT/.test(networkCode(error) ?? "");
}

/** Seconds to wait, from `Retry-After` as seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed));
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** The `detail` of a JSON error body, short, one line, printable, with any secret cut out. */
async function safeDetail(response: Response, secrets: readonly string[]): Promise<string | undefined> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return undefined;
  }
  const detail = readPath(body, AXONIUS_V2.errorDetail);
  if (typeof detail !== "string") return undefined;
  // Secrets go first: cut after the length limit, a secret straddling it would leave its first characters.
  let text = detail;
  for (const secret of secrets) if (secret) text = text.split(secret).join("[redacted]");
  // Control, format and line-break characters (and runs of spaces) become one space: one line, no bidi tricks,
  // while printable text such as "≥" survives. Cut by code point, so no half of a surrogate pair is left.
  text = [...text.replace(/[\p{C}\p{Z}\s]+/gu, " ").trim()].slice(0, 200).join("").trim();
  return text || undefined;
}

function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^(E[A-Z]+|UND_ERR_[A-Z_]+|[A-Z_]*(CERT|SELF_SIGNED|UNABLE_TO)[A-Z_]*)$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
