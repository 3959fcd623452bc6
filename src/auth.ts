/** Who is calling: a bearer token → a role, by the rules of shared/graphql-api.md. */
import { createHash, timingSafeEqual } from "node:crypto";
import type { Caller, Role } from "./graph/context.js";
import { UnauthenticatedError } from "./graph/shared/errors.js";

export interface AuthPolicy {
  readerTokens: readonly string[];
  operatorTokens: readonly string[];
  /** The role of a caller without a token; null refuses such callers. */
  anonymousRole: Role | null;
}

const digest = (token: string) => createHash("sha256").update(token).digest();

/** Compares digests in constant time, so response timing says nothing about how much of a token matched. */
const matchesAny = (token: Buffer, known: readonly Buffer[]) => known.reduce((hit, k) => timingSafeEqual(token, k) || hit, false);

export function createAuthenticator(policy: AuthPolicy): (authorization: string | undefined) => Caller {
  const operators = policy.operatorTokens.map(digest);
  const readers = policy.readerTokens.map(digest);
  return (authorization) => {
    if (!authorization) {
      if (policy.anonymousRole) return { role: policy.anonymousRole };
      throw new UnauthenticatedError();
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new UnauthenticatedError("The Authorization header must be \"Bearer <token>\".");
    const token = digest(match[1]);
    if (matchesAny(token, operators)) return { role: "operator" };
    if (matchesAny(token, readers)) return { role: "reader" };
    throw new UnauthenticatedError("Unknown token.");
  };
}
