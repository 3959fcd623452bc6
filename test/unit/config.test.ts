/** loadConfig against the contract's table (docs/contract.md, "Configuration (environment variables)"). */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rootCertificates } from "node:tls";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

/** Distinctive values: none of them may ever show up in an error message. */
const KEY = "cfg-key-3f9a1c7e5b2d";
const SECRET = "cfg-secret-8d2b6f0a4c1e";
const READER = "cfg-reader-7c1e9a3f5b";
const OPERATOR = "cfg-operator-2e4a6c8b0d";
const ROUTER = "cfg-router-9b1d3f5a7c";
const ALL_SECRETS = [KEY, SECRET, READER, OPERATOR, ROUTER];

const URL_ = "https://acme.axonius.example";
/** A complete, valid non-demo environment. */
const live = (extra: Record<string, string | undefined> = {}) => ({
  AXONIUS_URL: URL_,
  AXONIUS_API_KEY: KEY,
  AXONIUS_API_SECRET: SECRET,
  GATEWAY_READER_TOKENS: READER,
  GATEWAY_OPERATOR_TOKENS: OPERATOR,
  GATEWAY_ROUTER_SECRET: ROUTER,
  ...extra,
});

/** Runs loadConfig expecting a ConfigError; checks the message is one clean line naming `variable`. */
function refused(env: Record<string, string | undefined>, variable: string, leaked: readonly string[] = []): string {
  let caught: unknown;
  try {
    loadConfig(env);
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected loadConfig to refuse (${variable})`).toBeInstanceOf(ConfigError);
  const message = (caught as ConfigError).message;
  expect(message).toContain(variable);
  expect(message).not.toMatch(/[\r\n]/);
  expect(message.length).toBeGreaterThan(variable.length);
  for (const secret of [...ALL_SECRETS, ...leaked]) expect(message).not.toContain(secret);
  return message;
}

const dir = mkdtempSync(join(tmpdir(), "axonius-graphql-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tempFile = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("defaults", () => {
  it("without AXONIUS_URL: demo mode, port 4000 on 127.0.0.1, explorer on, anonymous off, no tokens", () => {
    expect(loadConfig({})).toEqual({
      axonius: null,
      port: 4000,
      host: "127.0.0.1",
      readerTokens: [],
      operatorTokens: [],
      allowAnonymous: false,
      explorer: true,
      routerSecret: undefined,
    });
  });

  it("treats empty and blank variables as unset", () => {
    const config = loadConfig({ PORT: "", HOST: " ", GATEWAY_EXPLORER: "", AXONIUS_API_VERSION: "" });
    expect(config.axonius).toBeNull();
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.explorer).toBe(true);
  });

  it("refuses an AXONIUS_URL that is set but blank, rather than fall back to demo mode", () => {
    for (const blank of ["", "  "]) expect(() => loadConfig({ AXONIUS_URL: blank })).toThrow(/^AXONIUS_URL is set but empty/);
  });

  it("refuses a token with white space in it: no Bearer header could carry it", () => {
    expect(() => loadConfig({ GATEWAY_READER_TOKENS: "good-token-1,bad token-2" })).toThrow(/^GATEWAY_READER_TOKENS: a token must not contain white space\.$/);
  });

  it("with AXONIUS_URL: the Axonius settings, API v2, no CA, explorer off, anonymous off", () => {
    const config = loadConfig(live());
    expect(config.axonius).toEqual({ url: URL_, apiKey: KEY, apiSecret: SECRET, apiVersion: "v2", ca: undefined });
    expect(config.explorer).toBe(false);
    expect(config.allowAnonymous).toBe(false);
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.readerTokens).toEqual([READER]);
    expect(config.operatorTokens).toEqual([OPERATOR]);
    expect(config.routerSecret).toBe(ROUTER);
  });

  it("trims the key and the secret", () => {
    const config = loadConfig(live({ AXONIUS_API_KEY: `  ${KEY}\n`, AXONIUS_API_SECRET: `\t${SECRET} ` }));
    expect(config.axonius?.apiKey).toBe(KEY);
    expect(config.axonius?.apiSecret).toBe(SECRET);
  });

  it("reads the key, the secret and the CA only with AXONIUS_URL: without it, demo mode ignores them", () => {
    const config = loadConfig({ AXONIUS_API_KEY: KEY, AXONIUS_API_SECRET: SECRET });
    expect(config.axonius).toBeNull();
  });
});

describe("PORT and HOST", () => {
  it("takes a port and a host", () => {
    const config = loadConfig({ PORT: "8080", HOST: "0.0.0.0" });
    expect(config.port).toBe(8080);
    expect(config.host).toBe("0.0.0.0");
  });

  it.each(["0", "1", "65535", " 4100 "])("accepts PORT=%j", (value) => {
    expect(loadConfig({ PORT: value }).port).toBe(Number(value.trim()));
  });

  it.each(["abc", "-1", "65536", "80.5", "1e3", "0x50", "4000abc", "99999999999"])("refuses PORT=%j", (value) => {
    refused({ PORT: value }, "PORT");
  });

  it("refuses a bad PORT in non-demo mode too, without echoing any secret", () => {
    refused(live({ PORT: KEY }), "PORT");
  });
});

describe("token lists", () => {
  it("splits on commas, trims, drops empties", () => {
    const config = loadConfig({ GATEWAY_READER_TOKENS: " reader-1 , reader-2,,reader-3 , ,", GATEWAY_OPERATOR_TOKENS: ",operator-1,\toperator-2 ," });
    expect(config.readerTokens).toEqual(["reader-1", "reader-2", "reader-3"]);
    expect(config.operatorTokens).toEqual(["operator-1", "operator-2"]);
  });

  it("refuses a token or router secret under 8 characters, without echoing it", () => {
    for (const [name, value] of [["GATEWAY_READER_TOKENS", "long-enough-1,short7x"], ["GATEWAY_OPERATOR_TOKENS", "tiny"], ["GATEWAY_ROUTER_SECRET", "s3cr3t!"]]) {
      let message = "";
      try {
        loadConfig({ [name]: value });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(new RegExp(`^${name}: |^${name} must`));
      expect(message).toContain("at least 8 characters");
      expect(message).not.toMatch(/short7x|tiny|s3cr3t/);
    }
  });

  it("a single token is a list of one", () => {
    expect(loadConfig({ GATEWAY_OPERATOR_TOKENS: OPERATOR }).operatorTokens).toEqual([OPERATOR]);
  });

  it("a list of nothing but commas and blanks is empty", () => {
    const config = loadConfig({ GATEWAY_READER_TOKENS: " , ,, ", GATEWAY_OPERATOR_TOKENS: "," });
    expect(config.readerTokens).toEqual([]);
    expect(config.operatorTokens).toEqual([]);
  });
});

describe("booleans", () => {
  it.each(["true", "TRUE", "1", "yes", "on", " True "])("%j is true", (value) => {
    expect(loadConfig({ GATEWAY_ALLOW_ANONYMOUS: value }).allowAnonymous).toBe(true);
    expect(loadConfig(live({ GATEWAY_EXPLORER: value })).explorer).toBe(true);
  });

  it.each(["false", "FALSE", "0", "no", "off"])("%j is false", (value) => {
    expect(loadConfig({ GATEWAY_ALLOW_ANONYMOUS: value }).allowAnonymous).toBe(false);
    expect(loadConfig({ GATEWAY_EXPLORER: value }).explorer).toBe(false);
  });

  it("GATEWAY_EXPLORER overrides the mode's default both ways", () => {
    expect(loadConfig({ GATEWAY_EXPLORER: "false" }).explorer).toBe(false);
    expect(loadConfig(live({ GATEWAY_EXPLORER: "true" })).explorer).toBe(true);
  });

  it.each(["GATEWAY_ALLOW_ANONYMOUS", "GATEWAY_EXPLORER"])("refuses a value of %s that is not a boolean, without echoing it", (name) => {
    refused({ [name]: "maybe" }, name);
    refused(live({ [name]: SECRET }), name);
    refused(live({ [name]: `yes\n${READER}` }), name);
  });
});

describe("AXONIUS_API_VERSION", () => {
  it("accepts v2 (and defaults to it)", () => {
    expect(loadConfig(live({ AXONIUS_API_VERSION: "v2" })).axonius?.apiVersion).toBe("v2");
    expect(loadConfig(live({ AXONIUS_API_VERSION: " v2 " })).axonius?.apiVersion).toBe("v2");
    expect(loadConfig(live()).axonius?.apiVersion).toBe("v2");
  });

  it.each(["v1", "v3", "V2", "2", "v2.0"])("refuses %j", (value) => {
    refused(live({ AXONIUS_API_VERSION: value }), "AXONIUS_API_VERSION");
  });

  it("refuses in demo mode too", () => {
    refused({ AXONIUS_API_VERSION: "v1" }, "AXONIUS_API_VERSION");
  });

  it("keeps the error on one line and does not echo what was set", () => {
    const odd = "v3-unusual-value-4a8c";
    refused(live({ AXONIUS_API_VERSION: `v3\n${odd}` }), "AXONIUS_API_VERSION", [odd]);
    // Not even a prefix of a secret pasted into the wrong variable.
    refused(live({ AXONIUS_API_VERSION: SECRET }), "AXONIUS_API_VERSION", [SECRET.slice(0, 8)]);
  });
});

describe("AXONIUS_URL", () => {
  it("strips trailing slashes", () => {
    expect(loadConfig(live({ AXONIUS_URL: `${URL_}/` })).axonius?.url).toBe(URL_);
    expect(loadConfig(live({ AXONIUS_URL: `${URL_}///` })).axonius?.url).toBe(URL_);
    expect(loadConfig(live({ AXONIUS_URL: `${URL_}/axonius/` })).axonius?.url).toBe(`${URL_}/axonius`);
  });

  it("keeps a port and accepts http as well as https", () => {
    expect(loadConfig(live({ AXONIUS_URL: "http://127.0.0.1:4100" })).axonius?.url).toBe("http://127.0.0.1:4100");
    expect(loadConfig(live({ AXONIUS_URL: " https://acme.axonius.example:8443/ " })).axonius?.url).toBe("https://acme.axonius.example:8443");
  });

  it("normalises the scheme and host case", () => {
    expect(loadConfig(live({ AXONIUS_URL: "HTTPS://ACME.Axonius.Example" })).axonius?.url).toBe(URL_);
  });

  it.each(["not a url", "acme.axonius.example", "//acme.axonius.example", "https://", "http://[::1"])("refuses %j as not a URL", (value) => {
    expect(refused(live({ AXONIUS_URL: value }), "AXONIUS_URL")).toMatch(/not a URL/);
  });

  it("never echoes a value that is not a URL (it may be a pasted secret)", () => {
    refused(live({ AXONIUS_URL: `${SECRET} ${KEY}` }), "AXONIUS_URL");
  });

  it.each([
    ["user and password", "https://cfg-user-1a2b:cfg-pass-3c4d@acme.axonius.example"],
    ["user only", "https://cfg-user-1a2b@acme.axonius.example"],
    ["password only", "https://:cfg-pass-3c4d@acme.axonius.example"],
  ])("refuses credentials in the URL (%s) without echoing them", (_, value) => {
    const message = refused(live({ AXONIUS_URL: value }), "AXONIUS_URL", ["cfg-user-1a2b", "cfg-pass-3c4d"]);
    expect(message).toMatch(/credentials/);
  });

  it.each(["ftp://acme.axonius.example", "file:///etc/passwd", "ws://acme.axonius.example", "javascript:alert(1)", "mailto:a@b.c"])(
    "refuses the protocol of %j",
    (value) => {
      expect(refused(live({ AXONIUS_URL: value }), "AXONIUS_URL")).toMatch(/https:\/\/ or http:\/\//);
    },
  );

  it.each([`${URL_}/?token=cfg-query-5e6f`, `${URL_}#cfg-query-5e6f`])("refuses a query or fragment in %j without echoing it", (value) => {
    refused(live({ AXONIUS_URL: value }), "AXONIUS_URL", ["cfg-query-5e6f"]);
  });
});

describe("AXONIUS_API_KEY and AXONIUS_API_SECRET", () => {
  it("the key is required with AXONIUS_URL, and the secret is not echoed", () => {
    refused(live({ AXONIUS_API_KEY: undefined }), "AXONIUS_API_KEY");
    refused(live({ AXONIUS_API_KEY: "   " }), "AXONIUS_API_KEY");
  });

  it("the secret is required with AXONIUS_URL, and the key is not echoed", () => {
    refused(live({ AXONIUS_API_SECRET: undefined }), "AXONIUS_API_SECRET");
    refused(live({ AXONIUS_API_SECRET: "" }), "AXONIUS_API_SECRET");
  });

  it("neither is required in demo mode", () => {
    expect(loadConfig({}).axonius).toBeNull();
  });
});

describe("AXONIUS_CA_FILE", () => {
  const pem = rootCertificates[0];

  it("reads a PEM bundle", () => {
    const path = tempFile("ca.pem", `${pem}\n`);
    expect(loadConfig(live({ AXONIUS_CA_FILE: path })).axonius?.ca).toBe(`${pem}\n`);
  });

  it("reads a bundle of several certificates", () => {
    const bundle = `${rootCertificates[0]}\n${rootCertificates[1]}\n`;
    const path = tempFile("bundle.pem", bundle);
    expect(loadConfig(live({ AXONIUS_CA_FILE: path })).axonius?.ca).toBe(bundle);
  });

  it("refuses a file that does not exist, naming it", () => {
    const path = join(dir, "missing.pem");
    const message = refused(live({ AXONIUS_CA_FILE: path }), "AXONIUS_CA_FILE");
    expect(message).toContain(path);
    expect(message).toMatch(/cannot read/);
  });

  it("refuses a directory", () => {
    refused(live({ AXONIUS_CA_FILE: dir }), "AXONIUS_CA_FILE");
  });

  it("refuses a file without a PEM certificate", () => {
    refused(live({ AXONIUS_CA_FILE: tempFile("empty.pem", "") }), "AXONIUS_CA_FILE");
    refused(live({ AXONIUS_CA_FILE: tempFile("text.pem", "just some text\n") }), "AXONIUS_CA_FILE");
    refused(
      live({ AXONIUS_CA_FILE: tempFile("key.pem", "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n") }),
      "AXONIUS_CA_FILE",
    );
  });

  it("refuses a certificate block that does not parse, alone or after a good one", () => {
    const garbage = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
    refused(live({ AXONIUS_CA_FILE: tempFile("broken.pem", garbage) }), "AXONIUS_CA_FILE");
    const message = refused(live({ AXONIUS_CA_FILE: tempFile("half-broken.pem", `${pem}\n${garbage}`) }), "AXONIUS_CA_FILE");
    expect(message).toMatch(/certificate 2/);
  });

  it("refuses a truncated certificate", () => {
    refused(live({ AXONIUS_CA_FILE: tempFile("truncated.pem", pem.slice(0, pem.length / 2)) }), "AXONIUS_CA_FILE");
  });

  it("keeps the error on one line even for a path with a line break", () => {
    refused(live({ AXONIUS_CA_FILE: join(dir, "odd\nname.pem") }), "AXONIUS_CA_FILE");
  });

  it("is ignored in demo mode", () => {
    expect(loadConfig({ AXONIUS_CA_FILE: join(dir, "missing.pem") }).axonius).toBeNull();
  });
});

describe("access with AXONIUS_URL set", () => {
  const bare = { AXONIUS_URL: URL_, AXONIUS_API_KEY: KEY, AXONIUS_API_SECRET: SECRET };

  it("refuses to start with no tokens and anonymous access not allowed", () => {
    const message = refused(bare, "GATEWAY_READER_TOKENS");
    expect(message).toContain("GATEWAY_OPERATOR_TOKENS");
    expect(message).toContain("GATEWAY_ALLOW_ANONYMOUS");
    refused({ ...bare, GATEWAY_ALLOW_ANONYMOUS: "false" }, "GATEWAY_READER_TOKENS");
    refused({ ...bare, GATEWAY_READER_TOKENS: " , ", GATEWAY_OPERATOR_TOKENS: "," }, "GATEWAY_READER_TOKENS");
  });

  it("starts with reader tokens only, operator tokens only, or anonymous access", () => {
    expect(loadConfig({ ...bare, GATEWAY_READER_TOKENS: READER }).readerTokens).toEqual([READER]);
    expect(loadConfig({ ...bare, GATEWAY_OPERATOR_TOKENS: OPERATOR }).operatorTokens).toEqual([OPERATOR]);
    const anonymous = loadConfig({ ...bare, GATEWAY_ALLOW_ANONYMOUS: "true" });
    expect(anonymous.allowAnonymous).toBe(true);
    expect(anonymous.readerTokens).toEqual([]);
  });

  it("demo mode needs no tokens", () => {
    expect(() => loadConfig({ GATEWAY_ALLOW_ANONYMOUS: "false" })).not.toThrow();
  });
});

describe("GATEWAY_ROUTER_SECRET", () => {
  it("is optional and read when set", () => {
    expect(loadConfig({}).routerSecret).toBeUndefined();
    expect(loadConfig({ GATEWAY_ROUTER_SECRET: ` ${ROUTER} ` }).routerSecret).toBe(ROUTER);
  });
});

describe("loadConfig()", () => {
  it("reads process.env by default", () => {
    const saved = { ...process.env };
    try {
      for (const name of Object.keys(process.env)) if (/^(AXONIUS_|GATEWAY_|PORT$|HOST$)/.test(name)) delete process.env[name];
      process.env.PORT = "4321";
      expect(loadConfig().port).toBe(4321);
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });
});
