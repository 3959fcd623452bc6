/** createAuthenticator: bearer token → role, by the rules of docs/contract.md ("Errors", "Configuration"). */
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { createAuthenticator, type AuthPolicy } from "../../src/auth.js";

const READER = "auth-reader-4b8d2f6a1c";
const OPERATOR = "auth-operator-9e3a7c5b0d";
const BOTH = "auth-both-6c0e2a4f8b";
const UNKNOWN = "auth-unknown-1f5b9d3e7a";

const policy = (anonymousRole: AuthPolicy["anonymousRole"] = null): AuthPolicy => ({
  readerTokens: [READER, "auth-reader-other-2a", BOTH],
  operatorTokens: [OPERATOR, BOTH],
  anonymousRole,
});

/** Expects UNAUTHENTICATED with HTTP 401, and no trace of `sent` in what a caller would see. */
function expectUnauthenticated(run: () => unknown, sent?: string): GraphQLError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(GraphQLError);
  const error = caught as GraphQLError;
  expect(error.extensions.code).toBe("UNAUTHENTICATED");
  expect(error.extensions.http).toEqual({ status: 401 });
  expect(error.message.length).toBeGreaterThan(0);
  if (sent) {
    expect(error.message).not.toContain(sent);
    expect(JSON.stringify(error.toJSON())).not.toContain(sent);
  }
  for (const token of [READER, OPERATOR, BOTH]) expect(JSON.stringify(error.toJSON())).not.toContain(token);
  return error;
}

describe("createAuthenticator", () => {
  const authenticate = createAuthenticator(policy());

  it("an operator token is an operator", () => {
    expect(authenticate(`Bearer ${OPERATOR}`)).toEqual({ role: "operator" });
  });

  it("a reader token is a reader", () => {
    expect(authenticate(`Bearer ${READER}`)).toEqual({ role: "reader" });
    expect(authenticate("Bearer auth-reader-other-2a")).toEqual({ role: "reader" });
  });

  it("a token in both lists is an operator", () => {
    expect(authenticate(`Bearer ${BOTH}`)).toEqual({ role: "operator" });
  });

  it("accepts any case of the scheme and surrounding blanks after the token", () => {
    expect(authenticate(`bearer ${OPERATOR}`)).toEqual({ role: "operator" });
    expect(authenticate(`BEARER   ${READER}  `)).toEqual({ role: "reader" });
  });

  it("an unknown token is UNAUTHENTICATED (401), and the message does not repeat it", () => {
    expectUnauthenticated(() => authenticate(`Bearer ${UNKNOWN}`), UNKNOWN);
  });

  it("a prefix, an extension or another case of a known token is unknown", () => {
    expectUnauthenticated(() => authenticate(`Bearer ${OPERATOR.slice(0, -1)}`), OPERATOR.slice(0, -1));
    expectUnauthenticated(() => authenticate(`Bearer ${OPERATOR}x`), `${OPERATOR}x`);
    expectUnauthenticated(() => authenticate(`Bearer ${READER.toUpperCase()}`), READER.toUpperCase());
  });

  it("an unknown token is refused even when anonymous callers are allowed", () => {
    expectUnauthenticated(() => createAuthenticator(policy("operator"))(`Bearer ${UNKNOWN}`), UNKNOWN);
  });

  it.each([
    ["Basic credentials", `Basic ${UNKNOWN}`, UNKNOWN],
    ["the scheme alone", "Bearer", undefined],
    ["the scheme and blanks", "Bearer   ", undefined],
    ["two words", `Bearer ${UNKNOWN} extra`, UNKNOWN],
    ["a token without scheme", UNKNOWN, UNKNOWN],
    ["a known token without scheme", OPERATOR, OPERATOR],
    ["a known token as Basic", `Basic ${OPERATOR}`, OPERATOR],
  ])("a malformed header (%s) is UNAUTHENTICATED and not echoed", (_, header, sent) => {
    const error = expectUnauthenticated(() => authenticate(header), sent);
    expect(error.message).toMatch(/Bearer <token>/);
  });

  it("a malformed header is refused even when anonymous callers are allowed", () => {
    expectUnauthenticated(() => createAuthenticator(policy("reader"))(`Basic ${UNKNOWN}`), UNKNOWN);
  });

  it("no header and no anonymous role: UNAUTHENTICATED", () => {
    expectUnauthenticated(() => authenticate(undefined));
    expectUnauthenticated(() => authenticate(""));
  });

  it("no header and anonymous callers as readers: a reader", () => {
    expect(createAuthenticator(policy("reader"))(undefined)).toEqual({ role: "reader" });
  });

  it("no header and anonymous callers as operators (demo mode): an operator", () => {
    expect(createAuthenticator(policy("operator"))(undefined)).toEqual({ role: "operator" });
  });

  it("a token still counts when anonymous callers are allowed", () => {
    const authenticateAnonReader = createAuthenticator(policy("reader"));
    expect(authenticateAnonReader(`Bearer ${OPERATOR}`)).toEqual({ role: "operator" });
    expect(createAuthenticator(policy("operator"))(`Bearer ${READER}`)).toEqual({ role: "reader" });
  });

  it("with no tokens configured, every token is unknown", () => {
    const none = createAuthenticator({ readerTokens: [], operatorTokens: [], anonymousRole: null });
    expectUnauthenticated(() => none(`Bearer ${OPERATOR}`), OPERATOR);
    expectUnauthenticated(() => none(undefined));
  });

  it("returns a fresh caller each time: one request cannot change another's role", () => {
    const first = authenticate(`Bearer ${READER}`);
    (first as { role: string }).role = "operator";
    expect(authenticate(`Bearer ${READER}`)).toEqual({ role: "reader" });
  });
});
