/**
 * The whole gateway from a config: in demo mode the embedded simulator first, then the Axonius client and
 * the HTTP server. main.ts adds only the process concerns (environment, banner, signals).
 */
import { AxoniusClient } from "./axonius/index.js";
import type { AxoniusSettings, Config } from "./config.js";
import type { Logger } from "./log.js";
import { Metrics } from "./metrics.js";
import { startGateway, type RunningGateway } from "./server.js";


export interface RunningApp {
  gateway: RunningGateway;
  /** The embedded simulator's URL in demo mode; null against a real Axonius. */
  simulatorUrl: string | null;
  axoniusUrl: string;
  close(): Promise<void>;
}

/** The embedded simulator with its own demo credentials, and the connection to it. */
async function startDemoSimulator() {
  const { startSimulator, DEFAULT_CREDENTIALS, LONG_RUNNING_LOG_LIMIT } = await import("./simulator/index.js");
  const simulator = await startSimulator({ maxLogEntries: LONG_RUNNING_LOG_LIMIT });
  const connection: AxoniusSettings = { url: simulator.url, ...DEFAULT_CREDENTIALS, apiVersion: "v2" };
  return { simulator, connection };
}

export async function startApp(config: Config, logger: Logger): Promise<RunningApp> {
  const demo = config.axonius === null;
  // Loaded only in demo mode: the gateway itself never depends on the simulator.
  const embedded = demo ? await startDemoSimulator() : null;
  const simulator = embedded?.simulator ?? null;
  const axonius: AxoniusSettings = config.axonius ?? embedded!.connection;
  const metrics = new Metrics();
  const client = new AxoniusClient(axonius, { onCall: metrics.observeUpstream });
  let gateway: RunningGateway;
  try {
    gateway = await startGateway({
      client,
      auth: {
        readerTokens: config.readerTokens,
        operatorTokens: config.operatorTokens,
        // In demo mode the simulator is all an anonymous caller can touch, so it may do everything.
        anonymousRole: demo ? "operator" : config.allowAnonymous ? "reader" : null,
      },
      explorer: config.explorer,
      routerSecret: config.routerSecret,
      logger,
      metrics,
      port: config.port,
      host: config.host,
    });
  } catch (error) {
    // A gateway that cannot listen (a port in use) must not leave the simulator and the pool behind.
    await Promise.allSettled([client.close(), simulator?.close()]);
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    gateway,
    simulatorUrl: simulator?.url ?? null,
    axoniusUrl: axonius.url,
    // Once only, however often called; the simulator and the pool are closed even if draining fails.
    close: () =>
      (closing ??= (async () => {
        try {
          await gateway.close();
        } finally {
          await Promise.allSettled([client.close(), simulator?.close()]);
        }
      })()),
  };
}
