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

export function createLogger(secrets: ReadonlyArray<string | undefined>, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const known = secrets.filter((s): s is string => !!s && s.length >= 4);
  const redact = (text: string) => known.reduce((out, secret) => out.split(secret).join("[redacted]"), text).replace(/[\r\n]+/g, " ");
  const line = (level: string) => (message: string) => write(`${new Date().toISOString()} ${level} ${redact(String(message))}`);
  return { debug: () => undefined, info: line("info"), warn: line("warn"), error: line("error") };
}
