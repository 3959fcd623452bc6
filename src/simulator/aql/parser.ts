import type { AqlNode, ComparisonOperator, LiteralValue, Operand } from "./ast.js";
import { parseDateArgument } from "./dates.js";
import { AqlSyntaxError } from "./errors.js";
import { tokenize, type Token } from "./lexer.js";

/**
 * Parses an AQL query. Precedence, lowest first: `or`, `and`, `not`.
 * Returns null for an empty query, which matches every asset.
 */
export function parseAql(source: string): AqlNode | null {
  if (source.trim() === "") return null;
  return new Parser(tokenize(source)).parseQuery();
}

const FUNCTIONS_WITH_EQUALITY_ONLY = new Set(["regex", "exists", "size"]);

/** Longest regex() pattern accepted; longer ones are refused before compiling. */
export const MAX_REGEX_LENGTH = 256;

/**
 * A cheap guard against catastrophic backtracking (the simulator shares its process with the gateway in
 * demo mode): a group holding a variable quantifier (`+`, `*`, `{n,}`, `{n,m}`) that is itself repeated by
 * one, as in `(a+)+`, `(a*)*`, `(?:\w+\s?)*` or `(a+){2,}`. Escapes and character classes are skipped, so
 * `([+-]\d)+` passes. A heuristic: a group nested inside the repeated one (`((a+)b)+`) and overlapping
 * alternatives (`(a|aa)+`) are not caught. Linear in practice: the first inner quantifier is fixed.
 */
const ATOM = String.raw`(?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\[\]+*])`;
const ANY_ATOM = String.raw`(?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\[\]])`;
const REPEAT = String.raw`(?:[+*]|\{\d+,\d*\})`;
const NESTED_QUANTIFIER = new RegExp(String.raw`\(${ATOM}*${REPEAT}${ANY_ATOM}*\)${REPEAT}`);

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parseQuery(): AqlNode {
    const node = this.parseOr();
    const rest = this.peek();
    if (rest.type !== "end") this.fail(`Unexpected '${rest.text}'`, rest);
    return node;
  }

  private parseOr(): AqlNode {
    let node = this.parseAnd();
    while (this.acceptWord("or")) node = { kind: "or", left: node, right: this.parseAnd() };
    return node;
  }

  private parseAnd(): AqlNode {
    let node = this.parseNot();
    while (this.acceptWord("and")) node = { kind: "and", left: node, right: this.parseNot() };
    return node;
  }

  private parseNot(): AqlNode {
    if (this.acceptWord("not")) return { kind: "not", operand: this.parseNot() };
    if (this.accept("(")) {
      const node = this.parseOr();
      this.expect(")");
      return node;
    }
    return this.parseComparison();
  }

  private parseComparison(): AqlNode {
    const field = this.parseField();
    if (this.acceptWord("in")) return { kind: "in", field, negated: false, values: this.parseList() };
    if (this.acceptWord("not")) {
      this.expectWord("in");
      return { kind: "in", field, negated: true, values: this.parseList() };
    }
    const token = this.next();
    if (token.type !== "operator") this.fail(`Expected a comparison operator after field "${field}"`, token);
    const operator = token.text as ComparisonOperator;
    const operand = this.parseOperand();
    this.checkOperator(operator, operand, token);
    return { kind: "compare", field, operator, operand };
  }

  private checkOperator(operator: ComparisonOperator, operand: Operand, at: Token): void {
    const equality = operator === "==" || operator === "!=";
    if (equality) return;
    if (operand.kind !== "literal" && operand.kind !== "date") {
      this.fail(`${operand.kind}() cannot be used with '${operator}'`, at);
    }
    if (operand.kind === "literal" && (Array.isArray(operand.value) || operand.value === null)) {
      this.fail(`'${operator}' needs a string, number or date`, at);
    }
  }

  private parseField(): string {
    const token = this.next();
    if (token.type === "string") return token.text;
    if (token.type === "word" && !isKeyword(token.text)) return token.text;
    return this.fail(token.type === "end" ? "Unexpected end of query" : `Expected a field, got '${token.text}'`, token);
  }

  private parseOperand(): Operand {
    const token = this.peek();
    if (token.type === "word" && this.tokens[this.index + 1]?.type === "(") {
      if (FUNCTIONS_WITH_EQUALITY_ONLY.has(token.text) || token.text === "date") return this.parseFunction();
    }
    return { kind: "literal", value: this.parseLiteral() };
  }

  private parseFunction(): Operand {
    const name = this.next().text;
    this.expect("(");
    const first = this.next();
    let operand: Operand;
    if (name === "regex") {
      if (first.type !== "string") this.fail("regex() needs a string pattern", first);
      const flags = this.accept(",") ? this.expectString("regex() flags") : "";
      operand = { kind: "regex", pattern: this.buildRegex(first, flags) };
    } else if (name === "exists") {
      if (first.type !== "word" || (first.text !== "true" && first.text !== "false")) {
        this.fail("exists() needs true or false", first);
      }
      operand = { kind: "exists", value: first.text === "true" };
    } else if (name === "size") {
      const size = Number(first.text);
      if (first.type !== "number" || !Number.isInteger(size) || size < 0) this.fail("size() needs a whole number", first);
      operand = { kind: "size", value: size };
    } else {
      if (first.type !== "string") this.fail("date() needs a string", first);
      const time = parseDateArgument(first.text);
      if (time === undefined) this.fail(`date() cannot read "${first.text}"`, first);
      operand = { kind: "date", time };
    }
    this.expect(")");
    return operand;
  }

  private buildRegex(pattern: Token, flags: string): RegExp {
    if (!/^[ims]*$/.test(flags)) this.fail(`Unsupported regex flags "${flags}"`, pattern);
    if (pattern.text.length > MAX_REGEX_LENGTH) this.fail(`regex() patterns are limited to ${MAX_REGEX_LENGTH} characters`, pattern);
    if (NESTED_QUANTIFIER.test(pattern.text)) this.fail("regex() refuses a repeated group holding a quantifier, like (a+)+", pattern);
    try {
      return new RegExp(pattern.text, flags);
    } catch {
      return this.fail("Invalid regular expression", pattern);
    }
  }

  private parseLiteral(): LiteralValue {
    const token = this.next();
    switch (token.type) {
      case "string":
        return token.text;
      case "number":
        return Number(token.text);
      case "[":
        this.index--;
        return this.parseList();
      case "word":
        if (token.text === "true") return true;
        if (token.text === "false") return false;
        if (token.text === "null") return null;
        break;
      default:
        break;
    }
    return this.fail(token.type === "end" ? "Unexpected end of query" : `Expected a value, got '${token.text}'`, token);
  }

  private parseList(): LiteralValue[] {
    this.expect("[");
    const values: LiteralValue[] = [];
    if (this.accept("]")) return values;
    do values.push(this.parseLiteral());
    while (this.accept(","));
    this.expect("]");
    return values;
  }

  private expectString(what: string): string {
    const token = this.next();
    if (token.type !== "string") this.fail(`${what} must be a string`, token);
    return token.text;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    const token = this.tokens[this.index];
    if (token.type !== "end") this.index++;
    return token;
  }

  private accept(type: Token["type"]): boolean {
    if (this.peek().type !== type) return false;
    this.index++;
    return true;
  }

  private acceptWord(word: string): boolean {
    const token = this.peek();
    if (token.type !== "word" || token.text !== word) return false;
    this.index++;
    return true;
  }

  private expect(type: Token["type"]): void {
    const token = this.peek();
    if (!this.accept(type)) this.fail(token.type === "end" ? `Expected '${type}' before the end` : `Expected '${type}', got '${token.text}'`, token);
  }

  private expectWord(word: string): void {
    const token = this.peek();
    if (!this.acceptWord(word)) this.fail(`Expected '${word}', got '${token.text}'`, token);
  }

  private fail(message: string, token: Token): never {
    throw new AqlSyntaxError(message, token.position);
  }
}

const KEYWORDS = new Set(["and", "or", "not", "in", "true", "false", "null"]);

function isKeyword(word: string): boolean {
  return KEYWORDS.has(word);
}
