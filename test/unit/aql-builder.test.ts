import { describe, expect, it } from "vitest";
import { aql } from "../../src/axonius/index.js";
import { compileAql, parseAql } from "../../src/simulator/index.js";

const INJECTION = '") or ("x" == "x';
const HOSTNAME = '"specific_data.data.hostname"';

describe("aql.literal", () => {
  it("quotes a plain value", () => {
    expect(aql.literal("WKS-0001")).toBe('"WKS-0001"');
  });
  it("escapes quotes and backslashes, backslashes first", () => {
    expect(aql.literal('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(aql.literal('\\"')).toBe('"\\\\\\""');
  });
  it("keeps an injected `or` inside one literal", () => {
    expect(aql.literal(INJECTION)).toBe('"\\") or (\\"x\\" == \\"x"');
  });
});

describe("AQL builders: exact strings", () => {
  it("usernameIs and usernamesIn", () => {
    expect(aql.usernameIs("jdoe")).toBe('("specific_data.data.username" == "jdoe")');
    expect(aql.usernamesIn(["jdoe", "asmith"])).toBe('("specific_data.data.username" in ["jdoe", "asmith"])');
  });
  it("usernameIs keeps an injection a literal", () => {
    expect(aql.usernameIs(INJECTION)).toBe('("specific_data.data.username" == "\\") or (\\"x\\" == \\"x")');
  });
  it("idsIn lists every id", () => {
    expect(aql.idsIn(["d530db3cfef6a2220b315d54fa1901b2", "0123456789abcdef0123456789abcdef"])).toBe(
      '("internal_axon_id" in ["d530db3cfef6a2220b315d54fa1901b2", "0123456789abcdef0123456789abcdef"])',
    );
  });
  it("ipsIn keeps IPv4 and lower-cases IPv6", () => {
    expect(aql.ipsIn(["10.0.0.1", "FE80::1"])).toBe('("specific_data.data.network_interfaces.ips" in ["10.0.0.1", "fe80::1"])');
  });
  it("ipsIn writes IPv6 in its canonical compressed form, the form Axonius stores", () => {
    expect(aql.ipsIn(["FE80:0000:0000:0000:0250:56FF:FE00:0E84"])).toBe(
      '("specific_data.data.network_interfaces.ips" in ["fe80::250:56ff:fe00:e84"])',
    );
  });
  it("ipsIn keeps an embedded IPv4 or a zone in its notation, lower-cased, and passes a non-address through escaped", () => {
    expect(aql.ipsIn(["::FFFF:10.0.0.1", "FE80::1%ETH0", 'x"y'])).toBe(
      '("specific_data.data.network_interfaces.ips" in ["::ffff:10.0.0.1", "fe80::1%eth0", "x\\"y"])',
    );
  });
  it("hostnamesIn is an anchored, case-insensitive regex per name", () => {
    expect(aql.hostnamesIn(["WKS-0001"])).toBe(`(${HOSTNAME} == regex("^WKS-0001$", "i"))`);
    expect(aql.hostnamesIn(["a", "b"])).toBe(`((${HOSTNAME} == regex("^a$", "i")) or (${HOSTNAME} == regex("^b$", "i")))`);
  });
  it("hostnamesIn escapes regex metacharacters (and then the literal's backslashes)", () => {
    expect(aql.hostnamesIn(["web.01"])).toBe(`(${HOSTNAME} == regex("^web\\\\.01$", "i"))`);
    expect(aql.hostnamesIn(["a.*+?^${}()|[]\\/b"])).toBe(
      `(${HOSTNAME} == regex("^a\\\\.\\\\*\\\\+\\\\?\\\\^\\\\$\\\\{\\\\}\\\\(\\\\)\\\\|\\\\[\\\\]\\\\\\\\\\\\/b$", "i"))`,
    );
  });
  it("hostnamesIn keeps an injection inside the regex literal", () => {
    expect(aql.hostnamesIn([INJECTION])).toBe(`(${HOSTNAME} == regex("^\\"\\\\) or \\\\(\\"x\\" == \\"x$", "i"))`);
  });
  it("hostnamesIn of no names is valid AQL that matches nothing", () => {
    const query = aql.hostnamesIn([]);
    expect(() => parseAql(query)).not.toThrow();
    expect(compileAql(query)({ internal_axon_id: "x", "specific_data.data.hostname": ["a"] })).toBe(false);
  });
  it("macsIn normalises every notation to upper case with colons", () => {
    expect(aql.macsIn(["00-0c-29-b6-da-46", "000c.29b6.da46", "000c29b6da46", "00:0c:29:b6:da:46"])).toBe(
      '("specific_data.data.network_interfaces.mac" in ["00:0C:29:B6:DA:46", "00:0C:29:B6:DA:46", "00:0C:29:B6:DA:46", "00:0C:29:B6:DA:46"])',
    );
  });
});

describe("aql.normalizeMac", () => {
  it.each([
    ["00:0c:29:b6:da:46", "00:0C:29:B6:DA:46"],
    ["00-0C-29-B6-DA-46", "00:0C:29:B6:DA:46"],
    ["000c.29b6.da46", "00:0C:29:B6:DA:46"],
    ["000C29B6DA46", "00:0C:29:B6:DA:46"],
    ["  00:0c:29:b6:da:46 ", "00:0C:29:B6:DA:46"],
  ])("%s → %s", (input, expected) => {
    expect(aql.normalizeMac(input)).toBe(expected);
  });
  it.each(["", "00:0c:29:b6:da", "00:0c:29:b6:da:46:01", "00:0c:29:b6:da:4g", "000c.29b6.da4", "not a mac", '00:0c:29:b6:da:46") or ("x'])(
    "%j is not a MAC",
    (input) => {
      expect(aql.normalizeMac(input)).toBeNull();
    },
  );
  it("macsIn keeps a value that is not a MAC as an escaped literal", () => {
    expect(aql.macsIn([INJECTION])).toBe('("specific_data.data.network_interfaces.mac" in ["\\") or (\\"x\\" == \\"x"])');
  });
});

describe("aql.and / aql.or", () => {
  it("drops empty parts and returns a lone part unchanged", () => {
    expect(aql.and(undefined, "", "  ", '("a" == "1")')).toBe('("a" == "1")');
    expect(aql.and()).toBe("");
  });
  it("parenthesises every part so a raw part's `or` cannot escape", () => {
    expect(aql.and('("a" == "1")', '("b" == "2") or ("c" == "3")')).toBe('(("a" == "1")) and (("b" == "2") or ("c" == "3"))');
    expect(aql.and('"a" == "1"', '"b" == "2"')).toBe('("a" == "1") and ("b" == "2")');
  });
  it("keeps a raw part's `or` inside: the simulator's evaluator agrees", () => {
    const query = aql.and(aql.usernameIs("jdoe"), '("x" == "1") or ("internal_axon_id" == "u2")');
    const matches = compileAql(query);
    expect(matches({ internal_axon_id: "u2", "specific_data.data.username": ["other"] })).toBe(false);
    expect(matches({ internal_axon_id: "u2", "specific_data.data.username": ["jdoe"] })).toBe(true);
  });
  it("or wraps several parts and returns one part unchanged", () => {
    expect(aql.or(['("a" == "1")'])).toBe('("a" == "1")');
    expect(aql.or(['("a" == "1")', '("b" == "2")'])).toBe('(("a" == "1") or ("b" == "2"))');
  });
});
