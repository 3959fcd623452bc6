/**
 * What `npm start` runs, as a real process: the built entry point in demo mode prints where it serves,
 * answers a query, and ends cleanly on SIGTERM and SIGINT. (`npm test` builds first, so dist/ is current.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

interface Started {
  child: ChildProcess;
  output: () => string;
  graphqlUrl: string;
}

async function startMain(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? "", PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    // The banner's last line in demo mode is the query to try: by then every line before it is here.
    const check = () => {
      const match = /serving (http:\/\/\S+\/graphql)/.exec(output);
      if (match && output.includes(" try: curl")) resolve(match[1]);
    };
    child.stdout!.on("data", check);
    child.stderr!.on("data", check);
    child.once("exit", (code) => reject(new Error(`exited with ${code} before serving: ${output}`)));
  });
  return { child, output: () => output, graphqlUrl };
}

describe("the gateway process (npm start)", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("serves the demo graph, then drains and exits 0 on %s", async (signal) => {
    const { child, output, graphqlUrl } = await startMain({});
    try {
      expect(output()).toMatch(/demo mode: the embedded Axonius simulator at http:\/\/127\.0\.0\.1:\d+/);
      expect(output()).toContain(`Apollo Sandbox: open ${graphqlUrl} in a browser`);
      const response = await fetch(graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ searchDevices(limit: 1) { totalCount } }" }),
      });
      expect(await response.json()).toEqual({ data: { searchDevices: { totalCount: 2000 } } });
      child.kill(signal);
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(output()).toContain(`${signal}: draining and shutting down`);
    } finally {
      // A failed assertion must not leave a gateway running after the suite.
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  });

  it("refuses a bad configuration with one line naming the variable, and exit code 1", async () => {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH ?? "", AXONIUS_URL: "https://axonius.invalid", AXONIUS_API_KEY: "k-main-KEY-123456" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk) => (output += chunk));
    child.stderr!.on("data", (chunk) => (output += chunk));
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(output).toBe("axonius-graphql: configuration error: AXONIUS_API_SECRET is required when AXONIUS_URL is set.\n");
  });
});
