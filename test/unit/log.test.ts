/** createLogger: one line per message, every configured secret cut out (docs/contract.md, "Errors"). */
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";

const KEY = "log-key-5d1f9b3a7e";
const SECRET = "log-secret-0a6c2e8b4d";
const TOKEN = "log-token-7e3b1d9f5c";

function collect(secrets: ReadonlyArray<string | undefined>) {
  const lines: string[] = [];
  return { lines, logger: createLogger(secrets, (line) => lines.push(line)) };
}

/** The message part of a line: after the timestamp and the level. */
const message = (line: string) => line.split(" ").slice(2).join(" ");

describe("createLogger", () => {
  it("writes one line per message: an ISO timestamp, the level, the message", () => {
    const { lines, logger } = collect([]);
    logger.info("hello");
    logger.warn("careful");
    logger.error("broken");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z info hello$/);
    expect(lines[1]).toMatch(/ warn careful$/);
    expect(lines[2]).toMatch(/ error broken$/);
  });

  it("debug writes nothing", () => {
    const { lines, logger } = collect([KEY]);
    logger.debug(`debug ${KEY}`);
    expect(lines).toEqual([]);
  });

  it("redacts every configured secret", () => {
    const { lines, logger } = collect([KEY, SECRET, TOKEN]);
    logger.error(`key=${KEY} secret=${SECRET} token=${TOKEN}`);
    expect(message(lines[0])).toBe("key=[redacted] secret=[redacted] token=[redacted]");
  });

  it("redacts a secret inside a longer string, and every occurrence of it", () => {
    const { lines, logger } = collect([SECRET]);
    logger.warn(`https://x/?a=${SECRET}&b=${SECRET}${SECRET}/"${SECRET}"`);
    expect(message(lines[0])).toBe('https://x/?a=[redacted]&b=[redacted][redacted]/"[redacted]"');
    expect(lines[0]).not.toContain(SECRET);
  });

  it("redacts in every level", () => {
    const { lines, logger } = collect([TOKEN]);
    logger.info(TOKEN);
    logger.warn(TOKEN);
    logger.error(TOKEN);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).toContain("[redacted]");
    }
  });

  it("leaves no part of a longer secret when a shorter one is a prefix of it", () => {
    const long = `${TOKEN}-extended-4c2a`;
    for (const order of [[TOKEN, long], [long, TOKEN]]) {
      const { lines, logger } = collect(order);
      logger.error(`a ${long} b ${TOKEN} c`);
      expect(message(lines[0])).toBe("a [redacted] b [redacted] c");
    }
  });

  it("leaves no part of a secret when another secret is inside it", () => {
    const outer = "log-outer-ab12cd34ef";
    const inner = "ab12cd";
    for (const order of [[inner, outer], [outer, inner]]) {
      const { lines, logger } = collect(order);
      logger.error(`x ${outer} y`);
      expect(lines[0]).not.toContain("34ef");
      expect(message(lines[0])).toBe("x [redacted] y");
    }
  });

  it("redacts a secret that contains characters special in regular expressions", () => {
    const odd = "s3cr.t+$(x)*";
    const { lines, logger } = collect([odd]);
    logger.error(`before ${odd} after s3crXt+$(x)*`);
    expect(message(lines[0])).toBe("before [redacted] after s3crXt+$(x)*");
  });

  it("folds line breaks into one line", () => {
    const { lines, logger } = collect([]);
    logger.error("first\nsecond\r\nthird\rfourth\n\n\nfifth");
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\r\n]/);
    expect(message(lines[0])).toBe("first second third fourth fifth");
  });

  it("folds the other line separators too (U+2028, U+2029, NEL, vertical tab, form feed)", () => {
    const { lines, logger } = collect([]);
    logger.error("a\u2028b\u2029c\u0085d\ve\ff");
    expect(lines[0]).not.toMatch(/[\r\n\u2028\u2029\u0085\v\f]/);
    expect(message(lines[0])).toBe("a b c d e f");
  });

  it("redacts a secret split across lines of a stack-like message and folds it", () => {
    const { lines, logger } = collect([KEY]);
    logger.error(`Error: bad ${KEY}\n    at somewhere (file.js:1:1)\n    key was ${KEY}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(KEY);
    expect(lines[0]).not.toMatch(/[\r\n]/);
  });

  it("ignores undefined, empty and short entries instead of mangling ordinary text", () => {
    const { lines, logger } = collect([undefined, "", "a", "ab", "abc", KEY]);
    logger.info(`a cab abc ${KEY}`);
    expect(message(lines[0])).toBe("a cab abc [redacted]");
  });

  it("redacts entries of four characters and more", () => {
    const { lines, logger } = collect(["abcd"]);
    logger.info("xabcdx abcd");
    expect(message(lines[0])).toBe("x[redacted]x [redacted]");
  });

  it("writes non-string messages as text", () => {
    const { lines, logger } = collect([KEY]);
    logger.error(42 as unknown as string);
    logger.error(new Error(`boom ${KEY}`) as unknown as string);
    expect(message(lines[0])).toBe("42");
    expect(message(lines[1])).toBe("Error: boom [redacted]");
  });

  it("writes to stderr by default", () => {
    const written: string[] = [];
    const original = process.stderr.write;
    process.stderr.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      createLogger([KEY]).error(`to stderr ${KEY}`);
    } finally {
      process.stderr.write = original;
    }
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/ error to stderr \[redacted\]\n$/);
  });
});
