/** Entry point: the environment → a config → the app, a banner, and a clean stop on SIGINT/SIGTERM. */
import "reflect-metadata";
import { startApp, type RunningApp } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger } from "./log.js";

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`axonius-graphql: configuration error: ${error.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger([config.axonius?.apiKey, config.axonius?.apiSecret, ...config.readerTokens, ...config.operatorTokens, config.routerSecret]);
  // A stray rejection is logged, never fatal: one bad request must not take the gateway down.
  process.on("unhandledRejection", (reason) => logger.error(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`));

  // Registered before start-up so that a signal during it exits too. Apollo's own handlers are off
  // (server.ts: stopOnTerminationSignals: false): two concurrent stop() calls would never settle.
  let app: RunningApp | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!app) {
      logger.info(`${signal} during start-up: exiting`);
      process.exit(0);
    }
    logger.info(`${signal}: draining and shutting down`);
    try {
      await app.close();
    } catch (error) {
      // Without this the process would linger, ignoring further signals.
      logger.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));

  try {
    app = await startApp(config, logger);
  } catch (error) {
    // Through the logger: one line, and redacted like everything else the gateway writes.
    logger.error(`axonius-graphql: failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { graphqlUrl } = app.gateway;
  logger.info(`axonius-graphql serving ${graphqlUrl}`);
  logger.info(app.simulatorUrl ? `demo mode: the embedded Axonius simulator at ${app.simulatorUrl} serves as Axonius` : `Axonius at ${app.axoniusUrl}`);
  if (config.explorer) logger.info(`Apollo Sandbox: open ${graphqlUrl} in a browser`);
  if (app.simulatorUrl) {
    logger.info(`try: curl -s ${graphqlUrl} -H 'content-type: application/json' -d '{"query":"{ searchDevices(limit: 3) { totalCount items { id hostname ipAddresses os { type } } } }"}'`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`axonius-graphql: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
