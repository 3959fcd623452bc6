import type { IncomingMessage, ServerResponse } from "node:http";

/** What a handler answers; the server turns it into JSON. */
export interface Reply {
  status: number;
  body: unknown;
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  413: "Payload Too Large",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The contract's [assumed] error shape. */
export function errorReply(status: number, detail: string): Reply {
  return { status, body: { errors: [{ status: String(status), title: TITLES[status] ?? "Error", detail }] } };
}

export const MAX_BODY_BYTES = 1_000_000;

export type RequestBody = { kind: "empty" } | { kind: "json"; value: unknown } | { kind: "invalid" } | { kind: "too_large" };

export async function readBody(request: IncomingMessage): Promise<RequestBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    // Keep draining so the client sees our 413 instead of a broken pipe.
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) return { kind: "too_large" };
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { kind: "empty" };
  try {
    return { kind: "json", value: JSON.parse(text) };
  } catch {
    return { kind: "invalid" };
  }
}

export function sendRaw(response: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  if (response.destroyed || response.writableEnded) return;
  const payload = Buffer.from(body, "utf8");
  response.writeHead(status, { "content-length": String(payload.length), ...headers });
  response.end(payload);
}

export function sendReply(response: ServerResponse, reply: Reply, extraHeaders: Record<string, string> = {}): void {
  sendRaw(response, reply.status, JSON.stringify(reply.body), { "content-type": "application/json", ...extraHeaders });
}

export function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}
