/**
 * Entry point: read the config, start the embedded simulator in demo mode, start the gateway, and shut
 * both down cleanly on SIGINT/SIGTERM.
 */
import "reflect-metadata";
import { AxoniusClient } from "./axonius/index.js";
import { ConfigError, loadConfig, type AxoniusSettings, type Config } from "./config.js";
import { createLogger } from "./log.js";
import { startGateway } from "./server.js";

const DEMO_CREDENTIALS = { apiKey: "demo-key", apiSecret: "demo-secret" };

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`axonius-graphql: configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger([config.axonius?.apiKey, config.axonius?.apiSecret, ...config.readerTokens, ...config.operatorTokens, config.routerSecret]);
  process.on("unhandledRejection", (reason) => logger.error(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`));

  const demo = config.axonius === null;
  // The simulator is loaded only in demo mode: the gateway itself never depends on it.
  const simulator = demo ? await (await import("./simulator/index.js")).startSimulator({ ...DEMO_CREDENTIALS }) : null;
  const axonius: AxoniusSettings = config.axonius ?? { url: simulator!.url, ...DEMO_CREDENTIALS, apiVersion: "v2" };
  const client = new AxoniusClient(axonius);

  const gateway = await startGateway({
    client,
    auth: {
      readerTokens: config.readerTokens,
      operatorTokens: config.operatorTokens,
      anonymousRole: demo ? "operator" : config.allowAnonymous ? "reader" : null,
    },
    explorer: config.explorer,
    routerSecret: config.routerSecret,
    logger,
    port: config.port,
    host: config.host,
  });

  logger.info(`axonius-graphql serving ${gateway.graphqlUrl} (${demo ? `demo mode: embedded Axonius simulator at ${simulator!.url}` : `Axonius at ${axonius.url}`})`);
  if (config.explorer) logger.info(`Apollo Sandbox: open ${gateway.graphqlUrl} in a browser`);
  if (demo) {
    logger.info(`try: curl -s ${gateway.graphqlUrl} -H 'content-type: application/json' -d '{"query":"{ searchDevices(limit: 3) { totalCount items { id hostname ipAddresses os { type } } } }"}'`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: draining and shutting down`);
    await gateway.close();
    await client.close();
    await simulator?.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`axonius-graphql: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
