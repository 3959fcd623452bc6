export type { AqlNode, ComparisonOperator, LiteralValue, Operand } from "./ast.js";
export { AqlSyntaxError } from "./errors.js";
export { compileAql, evaluate, type AqlRecord } from "./evaluate.js";
export { parseAql } from "./parser.js";
export { tokenize, type Token, type TokenType } from "./lexer.js";
