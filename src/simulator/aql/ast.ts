/** The parsed form of the AQL subset of the upstream contract. */

export type LiteralValue = string | number | boolean | null | LiteralValue[];

export type ComparisonOperator = "==" | "!=" | "<" | "<=" | ">" | ">=";

/** What stands on the right of a comparison operator. */
export type Operand =
  | { kind: "literal"; value: LiteralValue }
  | { kind: "regex"; pattern: RegExp }
  | { kind: "exists"; value: boolean }
  | { kind: "size"; value: number }
  | { kind: "date"; time: number };

export type AqlNode =
  | { kind: "and"; left: AqlNode; right: AqlNode }
  | { kind: "or"; left: AqlNode; right: AqlNode }
  | { kind: "not"; operand: AqlNode }
  | { kind: "compare"; field: string; operator: ComparisonOperator; operand: Operand }
  | { kind: "in"; field: string; negated: boolean; values: LiteralValue[] };
