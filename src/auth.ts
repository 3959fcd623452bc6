/** Who is calling: a bearer token → a role, by the rules of docs/contract.md. */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Caller, Role } from "./graph/context.js";
import { UnauthenticatedError } from "./graph/shared/errors.js";

export interface AuthPolicy {
  readerTokens: readonly string[];
  operatorTokens: readonly string[];
  /** The role of a caller without a token; null refuses such callers. */
  anonymousRole: Role | null;
}

const digest = (secret: string) => createHash("sha256").update(secret).digest();

/**
 * A test of a presented secret against known ones. Fixed-length digests compared in constant time, every
 * one of them, so response timing says nothing about which secret, or how much of one, matched.
 */
export function secretMatcher(known: readonly string[]): (given: string) => boolean {
  const digests = known.map(digest);
  return (given) => {
    const presented = digest(given);
    return digests.reduce((hit, k) => timingSafeEqual(presented, k) || hit, false);
  };
}

export function createAuthenticator(policy: AuthPolicy): (authorization: string | undefined) => Caller {
  const isOperator = secretMatcher(policy.operatorTokens);
  const isReader = secretMatcher(policy.readerTokens);
  return (authorization) => {
    if (!authorization) {
      if (policy.anonymousRole) return { role: policy.anonymousRole };
      throw new UnauthenticatedError();
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError("The Authorization header must be \"Bearer <token>\".");
    if (isOperator(match[1])) return { role: "operator" };
    if (isReader(match[1])) return { role: "reader" };
    throw new UnauthenticatedError("Unknown token.");
  };
}
