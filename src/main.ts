/** Entry point: the environment → a config → the app, a banner, and a clean stop on SIGINT/SIGTERM. */
import "reflect-metadata";
import { startApp } from "./app.js";
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

  const app = await startApp(config, logger);
  const { graphqlUrl } = app.gateway;
  logger.info(`axonius-graphql serving ${graphqlUrl}`);
  logger.info(app.simulatorUrl ? `demo mode: the embedded Axonius simulator at ${app.simulatorUrl} serves as Axonius` : `Axonius at ${app.axoniusUrl}`);
  if (config.explorer) logger.info(`Apollo Sandbox: open ${graphqlUrl} in a browser`);
  if (app.simulatorUrl) {
    logger.info(`try: curl -s ${graphqlUrl} -H 'content-type: application/json' -d '{"query":"{ searchDevices(limit: 3) { totalCount items { id hostname ipAddresses os { type } } } }"}'`);
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: draining and shutting down`);
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(`axonius-graphql: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
