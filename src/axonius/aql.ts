/**
 * Builders for the AQL the gateway sends. Every user value goes through `literal` or `exactRegex`, so no
 * input can change the shape of a query: `") or ("x" == "x` stays one string literal.
 */
import { isIP } from "node:net";
import { AXONIUS_V2 } from "./routes.js";

/** A double-quoted AQL string literal. */
export function literal(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A quoted field name; field names are ours, but quoting them costs nothing and keeps one style. */
function field(path: string): string {
  return literal(path);
}

function regexEscape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** `regex("^value$", "i")`: a case-insensitive exact match with every metacharacter of the value escaped. */
export function exactRegexIgnoringCase(value: string): string {
  return `regex(${literal(`^${regexEscape(value)}$`)}, "i")`;
}

export function anyOf(path: string, values: readonly string[]): string {
  return `(${field(path)} in [${values.map(literal).join(", ")}])`;
}

export function equals(path: string, value: string): string {
  return `(${field(path)} == ${literal(value)})`;
}

/**
 * Parts AND-ed; empty parts are dropped. Every part is parenthesised, even one that starts with "(" and ends
 * with ")": `("a" == "1") or ("b" == "2")` does both, and unwrapped its `or` would escape the AND.
 */
export function and(...parts: Array<string | undefined>): string {
  const kept = parts.filter((p): p is string => !!p && p.trim() !== "");
  return kept.length <= 1 ? (kept[0] ?? "") : kept.map((p) => `(${p})`).join(" and ");
}

/**
 * Whether raw AQL keeps its parentheses balanced outside string literals. `and()` wraps each part in
 * parentheses; an unbalanced part such as `x) or (y` would close that wrapper early and escape the AND.
 */
export function isBalanced(query: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return false;
  }
  return depth === 0 && !inString;
}

/** Parts OR-ed. No parts match nothing: `()` would not parse, and an empty `in` list is false for every asset. */
export function or(parts: readonly string[]): string {
  if (parts.length === 0) return anyOf(paths.id, []);
  return parts.length === 1 ? parts[0] : `(${parts.join(" or ")})`;
}

const paths = {
  id: AXONIUS_V2.idField,
  ips: "specific_data.data.network_interfaces.ips",
  macs: "specific_data.data.network_interfaces.mac",
  hostname: "specific_data.data.hostname",
  username: "specific_data.data.username",
} as const;

export const idsIn = (ids: readonly string[]) => anyOf(paths.id, ids);
export const usernamesIn = (names: readonly string[]) => anyOf(paths.username, names);
export const usernameIs = (name: string) => equals(paths.username, name);

/** IPv6 is compared in Axonius' stored form: lower case, compressed (`FE80:0:0::0E84` → `fe80::e84`). */
export const ipsIn = (ips: readonly string[]) => anyOf(paths.ips, ips.map((ip) => (isIP(ip) === 6 ? canonicalIpv6(ip) : ip)));

function canonicalIpv6(ip: string): string {
  // The WHATWG URL parser compresses IPv6 the RFC 5952 way; it would also rewrite an embedded IPv4
  // (::ffff:10.0.0.1) in hex and refuses a zone (%eth0), so those keep their notation, lower-cased.
  if (ip.includes(".") || ip.includes("%")) return ip.toLowerCase();
  return new URL(`http://[${ip}]/`).hostname.slice(1, -1);
}

/** Hostnames match case-insensitively, each as a whole name. */
export const hostnamesIn = (names: readonly string[]) =>
  or(names.map((name) => `(${field(paths.hostname)} == ${exactRegexIgnoringCase(name)})`));

/** MACs in any notation become Axonius' upper-case, colon-separated form before matching. */
export const macsIn = (macs: readonly string[]) =>
  anyOf(
    paths.macs,
    macs.map((mac) => normalizeMac(mac) ?? mac),
  );

/** `00-0c-29-b6-da-46`, `000c.29b6.da46` or `000c29b6da46` → `00:0C:29:B6:DA:46`; null when not a MAC. */
export function normalizeMac(value: string): string | null {
  const trimmed = value.trim();
  if (!/^[0-9a-fA-F]{2}([:-]?[0-9a-fA-F]{2}){5}$|^[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}$/.test(trimmed)) return null;
  const hex = trimmed.replace(/[^0-9a-fA-F]/g, "").toUpperCase();
  return hex.match(/../g)!.join(":");
}
