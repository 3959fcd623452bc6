/**
 * Every error the graph raises, typed, with the contract's stable codes (docs/contract.md, "Errors").
 * Upstream failures are turned into GraphQL errors here and nowhere else.
 */
import { GraphQLError } from "graphql";
import { AxoniusError } from "../../axonius/index.js";

export class BadUserInputError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT" } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = "A valid bearer token is required.") {
    super(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "FORBIDDEN" } });
  }
}

/** The D3 guide's failure indicators, one per user-facing command. */
export type Command =
  | "Get Device by ID"
  | "Search Endpoints"
  | "Get User by ID"
  | "Search Users"
  | "Get Enforcement by ID"
  | "Search Enforcements"
  | "Run Enforcements"
  | "Test Connection";

/** What `UpstreamError` and error extensions show of an AxoniusError: code, status, a safe message. */
export interface UpstreamFailure {
  code: string;
  statusCode: number | null;
  message: string;
  retryAfterSeconds?: number;
}

export function describeUpstreamFailure(command: Command, error: AxoniusError, lead = ""): UpstreamFailure {
  return {
    code: error.code,
    statusCode: error.statusCode ?? null,
    message: `${command} failed.${lead ? ` ${lead}` : ""} ${error.message}`,
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
  };
}

export class UpstreamGraphQLError extends GraphQLError {
  constructor(command: Command, error: AxoniusError) {
    const { message, ...failure } = describeUpstreamFailure(command, error);
    super(message, {
      extensions: {
        code: failure.code,
        ...(failure.statusCode !== null ? { statusCode: failure.statusCode } : {}),
        ...(failure.retryAfterSeconds !== undefined ? { retryAfterSeconds: failure.retryAfterSeconds } : {}),
      },
    });
  }
}

/** Runs a resolver's upstream work and names the command in any upstream failure. */
export async function asCommand<T>(command: Command, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AxoniusError) throw new UpstreamGraphQLError(command, error);
    throw error;
  }
}
