import { aql } from "../../axonius/index.js";
import { BadUserInputError } from "./errors.js";

/**
 * A filter's raw AQL, checked: not blank, and with balanced parentheses, so that it stays one operand of the
 * AND it joins instead of closing it early. Its syntax beyond that is Axonius' to judge (UPSTREAM_BAD_REQUEST).
 */
export function rawAql(value: string | null | undefined, name = "filter.aql"): string | undefined {
  if (value == null) return undefined;
  const query = value.trim();
  if (query === "") throw new BadUserInputError(`${name} must not be empty.`);
  if (!aql.isBalanced(query)) throw new BadUserInputError(`${name} has unbalanced parentheses or an unterminated string.`);
  return query;
}
