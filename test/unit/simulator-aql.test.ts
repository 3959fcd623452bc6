import { describe, expect, it } from "vitest";
import { AqlSyntaxError, compileAql, parseAql, type AqlRecord } from "../../src/simulator/index.js";

const dc: AqlRecord = {
  internal_axon_id: "d530db3cfef6a2220b315d54fa1901b2",
  adapters: ["active_directory_adapter", "crowd_strike_adapter", "crowd_strike_adapter"],
  adapter_list_length: 2,
  labels: ["Exclusion List"],
  "specific_data.data.hostname": ["DC4", "dc4.corp.example"],
  "specific_data.data.network_interfaces.ips": ["10.0.0.1", "fe80::1"],
  "specific_data.data.os.type": ["Windows"],
  "specific_data.data.last_seen": "Thu, 27 Nov 2025 04:43:39 GMT",
  "specific_data.data.is_admin": true,
};
const web: AqlRecord = {
  internal_axon_id: "0123456789abcdef0123456789abcdef",
  adapters: ["aws_adapter"],
  adapter_list_length: 1,
  labels: [],
  "specific_data.data.hostname": "web-Host-01",
  "specific_data.data.network_interfaces.ips": null,
  "specific_data.data.os.type": ["Linux"],
  "specific_data.data.last_seen": "Sat, 01 Nov 2025 00:00:00 GMT",
  "specific_data.data.is_admin": false,
};
const bare: AqlRecord = { internal_axon_id: "ffffffffffffffffffffffffffffffff", adapters: [], adapter_list_length: 0, labels: ["Linux"] };
const records = [dc, web, bare];

/** The ids of the records that match, so a failure shows which ones. */
function ids(query: string, from: readonly AqlRecord[] = records): string[] {
  return from.filter(compileAql(query)).map((record) => String(record.internal_axon_id).slice(0, 4));
}

describe("AQL: the examples of the contract", () => {
  it("os type equality", () => {
    expect(ids('("specific_data.data.os.type" == "Windows")')).toEqual(["d530"]);
  });
  it("an ip inside a list of ips", () => {
    expect(ids('("specific_data.data.network_interfaces.ips" == "10.0.0.1")')).toEqual(["d530"]);
  });
  it("case-insensitive regex on hostname", () => {
    expect(ids('("specific_data.data.hostname" == regex("host", "i"))')).toEqual(["0123"]);
  });
  it("ids with in", () => {
    expect(ids('("internal_axon_id" in ["d530db3cfef6a2220b315d54fa1901b2"])')).toEqual(["d530"]);
  });
  it("label and not Linux", () => {
    expect(ids('("labels" == "Exclusion List") and not ("specific_data.data.os.type" == "Linux")')).toEqual(["d530"]);
  });
  it("the search body example", () => {
    expect(ids('("specific_data.data.hostname" == regex("web", "i"))')).toEqual(["0123"]);
  });
});

describe("AQL: operators", () => {
  it("empty, blank and absent queries match everything", () => {
    expect(ids("")).toHaveLength(3);
    expect(ids("   ")).toHaveLength(3);
    expect([dc, web].filter(compileAql(undefined))).toHaveLength(2);
    expect(parseAql("")).toBeNull();
  });
  it("bare dotted field names", () => {
    expect(ids("specific_data.data.os.type == \"Linux\"")).toEqual(["0123"]);
    expect(ids("adapter_list_length == 1")).toEqual(["0123"]);
  });
  it("== compares strings exactly and case-sensitively", () => {
    expect(ids('("specific_data.data.os.type" == "windows")')).toEqual([]);
    expect(ids('("specific_data.data.hostname" == "DC")')).toEqual([]);
    expect(ids('("specific_data.data.hostname" == "dc4.corp.example")')).toEqual(["d530"]);
  });
  it("== on a lone value where a list is usual", () => {
    expect(ids('("specific_data.data.hostname" == "web-Host-01")')).toEqual(["0123"]);
  });
  it("!= is true when no element equals, and on a missing field", () => {
    expect(ids('("specific_data.data.os.type" != "Windows")')).toEqual(["0123", "ffff"]);
  });
  it("numbers, booleans", () => {
    expect(ids("(adapter_list_length >= 1)")).toEqual(["d530", "0123"]);
    expect(ids("(adapter_list_length > 1)")).toEqual(["d530"]);
    expect(ids("(adapter_list_length < 1)")).toEqual(["ffff"]);
    expect(ids("(adapter_list_length <= 1)")).toEqual(["0123", "ffff"]);
    expect(ids("(adapter_list_length == 2.0)")).toEqual(["d530"]);
    expect(ids('("specific_data.data.is_admin" == true)')).toEqual(["d530"]);
    expect(ids('("specific_data.data.is_admin" == false)')).toEqual(["0123"]);
  });
  it("a number never equals its string form", () => {
    expect(ids('(adapter_list_length == "2")')).toEqual([]);
  });
  it("strings order lexically; different types never order", () => {
    expect(ids('("internal_axon_id" > "e")')).toEqual(["ffff"]);
    expect(ids('("internal_axon_id" > 5)')).toEqual([]);
  });
  it("null matches null and missing fields", () => {
    expect(ids('("specific_data.data.network_interfaces.ips" == null)')).toEqual(["0123", "ffff"]);
    expect(ids('("specific_data.data.network_interfaces.ips" != null)')).toEqual(["d530"]);
  });
  it("in and not in, with any-element semantics", () => {
    expect(ids('("specific_data.data.network_interfaces.ips" in ["1.1.1.1", "fe80::1"])')).toEqual(["d530"]);
    expect(ids('("specific_data.data.os.type" not in ["Windows"])')).toEqual(["0123", "ffff"]);
    expect(ids('("labels" in [])')).toEqual([]);
    expect(ids("(adapter_list_length in [0, 2])")).toEqual(["d530", "ffff"]);
  });
  it("== with a list literal compares the whole list", () => {
    expect(ids('("adapters" == ["aws_adapter"])')).toEqual(["0123"]);
    expect(ids('("labels" == [])')).toEqual(["0123"]);
  });
  it("and binds tighter than or; not tighter than and; parentheses override", () => {
    const query = '("labels" == "Linux") or ("specific_data.data.os.type" == "Linux") and ("adapter_list_length" == 2)';
    expect(ids(query)).toEqual(["ffff"]);
    expect(ids(`(${query.replace(" or ", ") or (")})`)).toEqual(["ffff"]);
    expect(ids('(("labels" == "Linux") or ("specific_data.data.os.type" == "Linux")) and ("adapter_list_length" == 1)')).toEqual(["0123"]);
    expect(ids('not ("adapter_list_length" == 2) and not ("adapter_list_length" == 1)')).toEqual(["ffff"]);
    expect(ids('not not ("adapter_list_length" == 2)')).toEqual(["d530"]);
  });
  it("a field named after a label value is still a field", () => {
    expect(ids('"labels" == "labels"')).toEqual([]);
  });
});

describe("AQL: functions", () => {
  it("regex is unanchored and case-sensitive without flags", () => {
    expect(ids('("specific_data.data.hostname" == regex("Host"))')).toEqual(["0123"]);
    expect(ids('("specific_data.data.hostname" == regex("host"))')).toEqual([]);
    expect(ids('("specific_data.data.hostname" == regex("^dc4\\\\.corp"))')).toEqual(["d530"]);
    expect(ids('("specific_data.data.hostname" == regex("^DC4$"))')).toEqual(["d530"]);
  });
  it("regex never matches non-strings, and != regex negates", () => {
    expect(ids('("adapter_list_length" == regex("1"))')).toEqual([]);
    expect(ids('("specific_data.data.hostname" != regex("^DC"))')).toEqual(["0123", "ffff"]);
  });
  it("an unknown escape keeps its backslash, so regex character classes work", () => {
    expect(ids('("specific_data.data.hostname" == regex("-\\d\\d$"))')).toEqual(["0123"]);
  });
  it("exists(true) wants a value; exists(false) takes missing, null and []", () => {
    expect(ids('("specific_data.data.network_interfaces.ips" == exists(true))')).toEqual(["d530"]);
    expect(ids('("specific_data.data.network_interfaces.ips" == exists(false))')).toEqual(["0123", "ffff"]);
    expect(ids('("labels" == exists(false))')).toEqual(["0123"]);
  });
  it("size counts list elements; a lone value counts as one", () => {
    expect(ids('("specific_data.data.hostname" == size(2))')).toEqual(["d530"]);
    expect(ids('("specific_data.data.hostname" == size(1))')).toEqual(["0123"]);
    expect(ids('("labels" == size(0))')).toEqual(["0123"]);
    expect(ids('("specific_data.data.network_interfaces.ips" == size(0))')).toEqual([]);
  });
  it("date() compares RFC 1123 fields as times", () => {
    expect(ids('("specific_data.data.last_seen" >= date("2025-11-15"))')).toEqual(["d530"]);
    expect(ids('("specific_data.data.last_seen" < date("2025-11-15"))')).toEqual(["0123"]);
    expect(ids('("specific_data.data.last_seen" <= date("2025-11-01"))')).toEqual(["0123"]);
    expect(ids('("specific_data.data.last_seen" > date("2025-11-01"))')).toEqual(["d530"]);
    expect(ids('("specific_data.data.last_seen" == date("2025-11-01T00:00:00Z"))')).toEqual(["0123"]);
    // Only date() makes it a time comparison: against a plain string, "Thu, ..." and "Sat, ..." sort after "Fri, ...".
    expect(ids('("specific_data.data.last_seen" > date("2025-11-28"))')).toEqual([]);
    expect(ids('("specific_data.data.last_seen" > "Fri, 28 Nov 2025 00:00:00 GMT")')).toEqual(["d530", "0123"]);
  });
  it('date("NOW - n<unit>") is relative to the real clock', () => {
    const recent = { x: new Date(Date.now() - 2 * 86_400_000).toUTCString() };
    const older = { x: new Date(Date.now() - 10 * 86_400_000).toUTCString() };
    const since = (query: string) => [recent, older].filter(compileAql(query)).length;
    expect(since('(x >= date("NOW - 3d"))')).toBe(1);
    expect(since('(x >= date("NOW - 1w"))')).toBe(1);
    expect(since('(x >= date("NOW - 2w"))')).toBe(2);
    expect(since('(x >= date("NOW - 47h"))')).toBe(0);
    expect(since('(x >= date("NOW - 49h"))')).toBe(1);
    expect(since('(x < date("NOW"))')).toBe(2);
  });
});

describe("AQL: string literals and escaping", () => {
  const odd: AqlRecord = { internal_axon_id: "aaaa", name: 'say "hi"', path: "C:\\temp" };
  const injected: AqlRecord = { internal_axon_id: "bbbb", name: '") or ("x" == "x' };
  const pool = [dc, web, bare, odd, injected];

  it('\\" and \\\\ decode inside a literal', () => {
    expect(ids('(name == "say \\"hi\\"")', pool)).toEqual(["aaaa"]);
    expect(ids('(path == "C:\\\\temp")', pool)).toEqual(["aaaa"]);
  });
  it("an escaped injection stays one literal and matches only that exact value", () => {
    const literal = '"\\") or (\\"x\\" == \\"x"';
    expect(literal).toBe(String.raw`"\") or (\"x\" == \"x"`);
    expect(ids(`("specific_data.data.hostname" == ${literal})`, pool)).toEqual([]);
    expect(ids(`(name == ${literal})`, pool)).toEqual(["bbbb"]);
    const node = parseAql(`(name == ${literal})`);
    expect(node).toEqual({ kind: "compare", field: "name", operator: "==", operand: { kind: "literal", value: '") or ("x" == "x' } });
  });
  it("the same injection unescaped changes the query's shape, which is why clients must escape", () => {
    expect(ids('(name == "") or ("x" == "x")', pool)).toEqual([]);
    expect(parseAql('(name == "") or ("x" == "x")')?.kind).toBe("or");
  });
});

describe("AQL: syntax errors", () => {
  const bad = [
    ['("a" == "x"', "')'"],
    ['"a" == ', "end"],
    ['("a" = "x")', "Unexpected character '='"],
    ['("a" == "x)', "Unterminated string"],
    ['("a" == "x") and', "end"],
    ['("a" == "x") ("b" == "y")', "Unexpected '('"],
    ['("a" == regex("("))', "Invalid regular expression"],
    ['("a" == regex("x", "g"))', "regex flags"],
    ['("a" == regex(1))', "regex() needs a string"],
    ['("a" == exists(1))', "exists() needs true or false"],
    ['("a" == size(-1))', "size() needs a whole number"],
    ['("a" == size(1.5))', "size() needs a whole number"],
    ['("a" > date("yesterday"))', "date() cannot read"],
    ['("a" > date("NOW - 3y"))', "date() cannot read"],
    ['("a" > regex("x"))', "regex() cannot be used with '>'"],
    ['("a" < exists(true))', "exists() cannot be used"],
    ['("a" >= null)', "needs a string, number or date"],
    ['("a" in "x")', "Expected '['"],
    ['("a" not "x")', "Expected 'in'"],
    ['("a" == foo("x"))', "Expected a value, got 'foo'"],
    ['(and == "x")', "Expected a field"],
    ["()", "Expected a field, got ')'"],
    ['("a" == ["x",])', "Expected a value"],
    ['("a" == "x") or or ("b" == "y")', "Expected a field"],
    ['("a" == "x") && ("b" == "y")', "Unexpected character '&'"],
  ] as const;

  it.each(bad)("%s fails with a message naming the problem", (query, fragment) => {
    let caught: unknown;
    try {
      parseAql(query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AqlSyntaxError);
    expect((caught as AqlSyntaxError).message).toContain(fragment);
    expect((caught as AqlSyntaxError).name).toBe("AqlSyntaxError");
  });

  it("reports where the problem is", () => {
    expect(() => parseAql('("a" == "x") ! ("b")')).toThrow(/at position 13/);
    try {
      parseAql('("a" == "x")  ]');
    } catch (error) {
      expect((error as AqlSyntaxError).position).toBe(14);
    }
    expect.assertions(2);
  });
});

describe("AQL: regex() guard against catastrophic backtracking", () => {
  const query = (pattern: string) => `("a" == regex(${JSON.stringify(pattern)}))`;

  it.each(["(a+)+$", "(a*)*", "(a+)*", "(a*)+", "x(?:\\w+\\s?)*y", "(a+){2,}", "(a{1,9})+", "(b+c)+?"])("refuses the nested quantifier in %s", (pattern) => {
    expect(() => parseAql(query(pattern))).toThrow(AqlSyntaxError);
    expect(() => parseAql(query(pattern))).toThrow(/repeated group holding a quantifier/);
  });
  it.each(["(ab)+", "([+-]\\d)+", "(\\d+)", "(a+){3}", "a+b*", "\\(a+\\)+", "(a|b)+", "^dc4\\.corp"])("accepts %s", (pattern) => {
    expect(parseAql(query(pattern))).toMatchObject({ kind: "compare", operand: { kind: "regex" } });
  });
  it("refuses a pattern longer than 256 characters, at the pattern's position", () => {
    expect(parseAql(query("a".repeat(256)))).toMatchObject({ operand: { kind: "regex" } });
    let caught: unknown;
    try {
      parseAql(query("a".repeat(257)));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AqlSyntaxError);
    expect((caught as AqlSyntaxError).message).toContain("limited to 256 characters");
    expect((caught as AqlSyntaxError).position).toBe(query("").indexOf('""'));
  });
  it("the guard does not change what an accepted regex matches", () => {
    expect(ids('("specific_data.data.hostname" == regex("^(dc|web)-?", "i"))')).toEqual(["d530", "0123"]);
  });
});
