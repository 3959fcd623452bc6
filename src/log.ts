/**
 * One-line log output with secrets cut out. The gateway logs through this alone, so a key, a secret or a
 * token that slips into a message is redacted before it reaches a terminal or a log store.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Everything a terminal or a log store may take for the end of a line. */
const LINE_BREAKS = /[\r\n\v\f\u0085\u2028\u2029]+/g;

export function createLogger(secrets: ReadonlyArray<string | undefined>, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  // Longest first: a secret that contains another must go whole, not leave the rest of itself behind.
  const known = [...new Set(secrets.filter((s): s is string => !!s && s.length >= 4))].sort((a, b) => b.length - a.length);
  const redact = (text: string) => known.reduce((out, secret) => out.split(secret).join("[redacted]"), text).replace(LINE_BREAKS, " ");
  const line = (level: string) => (message: string) => write(`${new Date().toISOString()} ${level} ${redact(String(message))}`);
  return { debug: () => undefined, info: line("info"), warn: line("warn"), error: line("error") };
}
