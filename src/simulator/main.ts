import { DEFAULT_CREDENTIALS, LONG_RUNNING_LOG_LIMIT, startSimulator } from "./server.js";

/** `npm run simulator`: the simulator alone, configured by SIMULATOR_* environment variables. */

const { apiKey: DEFAULT_KEY, apiSecret: DEFAULT_SECRET } = DEFAULT_CREDENTIALS;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readPort(text: string | undefined): number {
  if (text === undefined || text.trim() === "") return 4100;
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535) fail(`SIMULATOR_PORT must be a port number from 0 to 65535, got "${text}"`);
  return port;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text === "" ? undefined : text;
}

async function main(): Promise<void> {
  const env = process.env;
  const port = readPort(env.SIMULATOR_PORT);
  const apiKey = nonEmpty(env.SIMULATOR_API_KEY) ?? DEFAULT_KEY;
  const apiSecret = nonEmpty(env.SIMULATOR_API_SECRET) ?? DEFAULT_SECRET;
  const seed = nonEmpty(env.SIMULATOR_SEED) ?? 1;
  const host = nonEmpty(env.SIMULATOR_HOST) ?? "127.0.0.1";

  // Nobody reads the log of the standalone simulator: keep memory flat however long it runs.
  const simulator = await startSimulator({ port, host, apiKey, apiSecret, seed, maxLogEntries: LONG_RUNNING_LOG_LIMIT }).catch((error: NodeJS.ErrnoException) =>
    fail(`The simulator cannot listen on ${host}:${port}: ${error.code ?? error.message}`),
  );
  const { devices, users, enforcements } = simulator.data;
  // Print the demo credentials (they are the simulator's own), but never ones the user chose.
  const keyShown = apiKey === DEFAULT_KEY ? apiKey : "$SIMULATOR_API_KEY";
  const secretShown = apiSecret === DEFAULT_SECRET ? apiSecret : "$SIMULATOR_API_SECRET";
  const example = JSON.stringify({ query: '("specific_data.data.os.type" == "Windows")', fields: ["specific_data.data.hostname"], page: { limit: 5, offset: 0 }, include_metadata: true });
  console.log(`Axonius v2 simulator on ${simulator.url} (seed ${seed}: ${devices.length} devices, ${users.length} users, ${enforcements.length} enforcement sets)`);
  console.log("Send the headers api-key and api-secret on every request. For example:");
  console.log(`  curl -s -X POST ${simulator.url}/api/v2/assets/devices -H "api-key: ${keyShown}" -H "api-secret: ${secretShown}" -H "content-type: application/json" -d '${example}'`);

  const stop = (signal: string) => {
    console.log(`${signal}: closing the simulator`);
    simulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

void main();
