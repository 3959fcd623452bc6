/**
 * An on-premises Axonius behind a private CA: the client trusts a PEM bundle on top of the public roots.
 * A real TLS endpoint (a small HTTPS proxy in front of the simulator) with a certificate that CA signed.
 */
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AxoniusClient, AxoniusError } from "../../src/axonius/index.js";
import { startSimulator, type RunningSimulator } from "../../src/simulator/index.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url), "utf8");
const credentials = { apiKey: "k-tls-KEY-0001", apiSecret: "s-tls-SECRET-0002" };

let sim: RunningSimulator;
let proxy: Server;
let httpsUrl: string;
/** TLS handshakes the proxy refused (the client did not trust its certificate). */
let refusedHandshakes = 0;

beforeAll(async () => {
  sim = await startSimulator({ ...credentials, sizes: { devices: 5, users: 2, enforcements: 1 } });
  const upstream = new URL(sim.url);
  proxy = createServer({ cert: fixture("server.pem"), key: fixture("server-key.pem") }, (req, res) => {
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
  proxy.on("tlsClientError", () => refusedHandshakes++);
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  httpsUrl = `https://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  await sim?.close();
});

describe("a private CA", () => {
  it("is trusted when given: reads work over TLS", async () => {
    const client = new AxoniusClient({ url: httpsUrl, ...credentials, ca: fixture("ca.pem") });
    try {
      expect((await client.testConnection()).assetTypes).toEqual(["devices", "users"]);
      expect((await client.searchAssets("devices", { limit: 5, offset: 0, fields: [] })).total).toBe(5);
    } finally {
      await client.close();
    }
  });

  it("without it, each call fails once with a hint, not retried and never hidden by the circuit breaker", async () => {
    // Default retries (2) and circuit (opens after 5 calls that find Axonius down).
    const client = new AxoniusClient({ url: httpsUrl, ...credentials });
    sim.log.clear();
    refusedHandshakes = 0;
    try {
      for (let call = 1; call <= 7; call++) {
        const error = await client.testConnection().then(
          () => null,
          (e: unknown) => e as AxoniusError,
        );
        expect(error).toBeInstanceOf(AxoniusError);
        expect(error?.code).toBe("UPSTREAM_UNAVAILABLE");
        expect(error?.message, `call ${call}`).toMatch(/TLS certificate is not trusted \([A-Z_]+\); see AXONIUS_CA_FILE/);
        expect(error?.unanswered).toBe(false);
      }
      // One handshake per call (retries would make 21); the server may log the last one a moment later.
      await vi.waitFor(() => expect(refusedHandshakes).toBe(7));
      expect(sim.log.count()).toBe(0);
    } finally {
      await client.close();
    }
  });
});
