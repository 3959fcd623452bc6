import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import type { Logger } from "../../log.js";
import { BadUserInputError } from "./errors.js";

/** Codes a caller may see as they are: the contract's and Apollo's own request errors. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "UPSTREAM_UNAUTHORIZED",
  "UPSTREAM_FORBIDDEN",
  "UPSTREAM_NOT_FOUND",
  "UPSTREAM_BAD_REQUEST",
  "UPSTREAM_RATE_LIMITED",
  "UPSTREAM_UNAVAILABLE",
  "UPSTREAM_TIMEOUT",
  "UPSTREAM_BAD_RESPONSE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
]);

/**
 * The last gate before a response: a known error passes unchanged (without any stack); anything else is a
 * bug of ours and reaches the caller as a generic INTERNAL_SERVER_ERROR, its details only in our log.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    // A scalar that refuses an inline value (a malformed date) fails document validation, and Apollo files
    // that under GRAPHQL_VALIDATION_FAILED; the contract calls it what it is, bad input.
    if (extensions.code === "GRAPHQL_VALIDATION_FAILED" && (error as { originalError?: unknown })?.originalError instanceof BadUserInputError) {
      return { ...formatted, extensions: { ...extensions, code: "BAD_USER_INPUT" } };
    }
    const code = extensions.code;
    if (typeof code === "string" && PUBLIC_CODES.has(code)) return { ...formatted, extensions };
    const original = unwrapResolverError(error);
    const name = original instanceof Error ? original.name : typeof original;
    const message = original instanceof Error ? original.message.slice(0, 300) : "";
    logger.error(`internal error at ${formatted.path?.join(".") ?? "request"}: ${name}: ${message}`);
    return { message: "Internal server error.", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
