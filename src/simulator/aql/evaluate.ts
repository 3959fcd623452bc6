import type { AqlNode, LiteralValue, Operand } from "./ast.js";
import { parseAql } from "./parser.js";

export type AqlRecord = Readonly<Record<string, unknown>>;

/** Parses once and returns a predicate over flat records; an empty query matches everything. */
export function compileAql(source: string | undefined | null): (record: AqlRecord) => boolean {
  const node = source ? parseAql(source) : null;
  return node ? (record) => evaluate(node, record) : () => true;
}

/**
 * Evaluates with MongoDB-like semantics, which is what Axonius compiles AQL to:
 * a list matches when any element matches; a missing field matches only `== null`,
 * `exists(false)` and the negations (`!=`, `not in`).
 */
export function evaluate(node: AqlNode, record: AqlRecord): boolean {
  switch (node.kind) {
    case "and":
      return evaluate(node.left, record) && evaluate(node.right, record);
    case "or":
      return evaluate(node.left, record) || evaluate(node.right, record);
    case "not":
      return !evaluate(node.operand, record);
    case "in": {
      const value = fieldValue(record, node.field);
      const scalars = scalarSet(node.values);
      const found = scalars
        ? elements(value).some((element) => scalars.has(element))
        : node.values.some((candidate) => equals(value, candidate));
      return node.negated ? !found : found;
    }
    case "compare": {
      const value = fieldValue(record, node.field);
      switch (node.operator) {
        case "==":
          return matches(value, node.operand);
        case "!=":
          return !matches(value, node.operand);
        default:
          return node.operand.kind === "date" || node.operand.kind === "literal"
            ? elements(value).some((element) => orders(element, node.operator, node.operand))
            : false;
      }
    }
  }
}

const scalarSets = new WeakMap<LiteralValue[], Set<unknown> | null>();

/**
 * `in [...]` over plain strings, numbers and booleans as a Set, built once per parsed list: an id lookup of
 * 2000 ids would otherwise compare every record with every id. Lists holding null or lists keep `equals`.
 */
function scalarSet(values: LiteralValue[]): Set<unknown> | null {
  let set = scalarSets.get(values);
  if (set === undefined) {
    set = values.every((v) => v !== null && !Array.isArray(v)) ? new Set(values) : null;
    scalarSets.set(values, set);
  }
  return set;
}

function fieldValue(record: AqlRecord, field: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, field) ? record[field] : undefined;
}

/** The values a field offers to a comparison: a list's elements, a lone value, or nothing. */
function elements(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function matches(value: unknown, operand: Operand): boolean {
  switch (operand.kind) {
    case "literal":
      return equals(value, operand.value);
    case "regex":
      return elements(value).some((element) => typeof element === "string" && testRegex(operand.pattern, element));
    case "exists":
      return hasValue(value) === operand.value;
    case "size":
      return value !== undefined && value !== null && elements(value).length === operand.value;
    case "date":
      return elements(value).some((element) => toTime(element) === operand.time);
  }
}

function testRegex(pattern: RegExp, text: string): boolean {
  // Global or sticky flags would make test() stateful between records; only i, m, s are accepted anyway.
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** exists(true): the field is there with something in it (not null, not an empty list). */
function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
}

function equals(value: unknown, literal: LiteralValue): boolean {
  if (literal === null) return value === undefined || value === null || (Array.isArray(value) && value.includes(null));
  if (Array.isArray(literal)) return deepEqual(value, literal);
  return elements(value).some((element) => element === literal);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  return a === b;
}

function orders(element: unknown, operator: string, operand: Operand): boolean {
  let difference: number;
  if (operand.kind === "date") {
    const time = toTime(element);
    if (time === undefined) return false;
    difference = time - operand.time;
  } else if (operand.kind === "literal" && typeof operand.value === typeof element) {
    const literal = operand.value as string | number;
    const left = element as string | number;
    difference = left < literal ? -1 : left > literal ? 1 : 0;
  } else {
    // Like MongoDB, values of different types never order against each other.
    return false;
  }
  switch (operator) {
    case "<":
      return difference < 0;
    case "<=":
      return difference <= 0;
    case ">":
      return difference > 0;
    default:
      return difference >= 0;
  }
}

/** Dates in records are RFC 1123 strings; anything else that Date.parse reads also counts. */
function toTime(element: unknown): number | undefined {
  if (typeof element !== "string") return undefined;
  const time = Date.parse(element);
  return Number.isNaN(time) ? undefined : time;
}
