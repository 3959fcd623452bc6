import { AqlSyntaxError } from "./errors.js";

export type TokenType = "(" | ")" | "[" | "]" | "," | "operator" | "string" | "number" | "word" | "end";

export interface Token {
  type: TokenType;
  /** The decoded value: the unescaped text of a string, the operator, the word, the number's source. */
  text: string;
  position: number;
}

const PUNCTUATION = new Set(["(", ")", "[", "]", ","]);
const OPERATORS = ["==", "!=", "<=", ">=", "<", ">"];
const WORD_START = /[A-Za-z_]/;
// Bare field paths are dotted words ("specific_data.data.hostname").
const WORD_CHAR = /[A-Za-z0-9_.]/;
const NUMBER = /^-?\d+(\.\d+)?/;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (PUNCTUATION.has(char)) {
      tokens.push({ type: char as TokenType, text: char, position: i });
      i++;
      continue;
    }
    const operator = OPERATORS.find((op) => source.startsWith(op, i));
    if (operator) {
      tokens.push({ type: "operator", text: operator, position: i });
      i += operator.length;
      continue;
    }
    if (char === '"') {
      const { text, end } = readString(source, i);
      tokens.push({ type: "string", text, position: i });
      i = end;
      continue;
    }
    const number = NUMBER.exec(source.slice(i));
    if (number) {
      tokens.push({ type: "number", text: number[0], position: i });
      i += number[0].length;
      continue;
    }
    if (WORD_START.test(char)) {
      let end = i + 1;
      while (end < source.length && WORD_CHAR.test(source[end])) end++;
      tokens.push({ type: "word", text: source.slice(i, end), position: i });
      i = end;
      continue;
    }
    throw new AqlSyntaxError(`Unexpected character '${char}'`, i);
  }
  tokens.push({ type: "end", text: "", position: source.length });
  return tokens;
}

/** Reads a double-quoted literal starting at `start`; `\"` and `\\` are the escapes. */
function readString(source: string, start: number): { text: string; end: number } {
  let text = "";
  let i = start + 1;
  while (i < source.length) {
    const char = source[i];
    if (char === '"') return { text, end: i + 1 };
    if (char === "\\") {
      const next = source[i + 1];
      if (next === undefined) break;
      // Like Python, an unknown escape keeps its backslash, so regex("\d") still means \d.
      text += next === '"' || next === "\\" ? next : char + next;
      i += 2;
      continue;
    }
    text += char;
    i++;
  }
  throw new AqlSyntaxError("Unterminated string", start);
}
