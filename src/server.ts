/**
 * HTTP: Express 5 with Apollo Server at /graphql, plus /healthz, /readyz and /metrics. Nothing
 * GraphQL-specific lives here beyond the wiring.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { createAuthenticator, secretMatcher, type AuthPolicy } from "./auth.js";
import type { AxoniusClient } from "./axonius/index.js";
import { createContextFactory } from "./context.js";
import type { GatewayContext } from "./graph/context.js";
import { createErrorFormatter } from "./graph/shared/format-error.js";
import { queryBudgetPlugin } from "./graph/shared/query-budget.js";
import type { Logger } from "./log.js";
import { Metrics } from "./metrics.js";
import { buildGatewaySchema } from "./schema.js";

export interface GatewayOptions {
  client: AxoniusClient;
  auth: AuthPolicy;
  /** Serve Apollo Sandbox and allow introspection. */
  explorer: boolean;
  routerSecret?: string;
  logger: Logger;
  /** Shared with the client's onCall, so /metrics shows upstream calls too; a fresh one otherwise. */
  metrics?: Metrics;
  port: number;
  host: string;
}

export interface RunningGateway {
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  graphqlUrl: string;
  /** Drains in-flight requests, then closes the listener; /readyz answers 503 meanwhile. */
  close(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const metrics = options.metrics ?? new Metrics();
  let draining = false;

  const apollo = new ApolloServer<GatewayContext>({
    schema: await buildGatewaySchema(),
    introspection: options.explorer,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(options.logger),
    logger: options.logger,
    // main.ts owns SIGINT/SIGTERM; Apollo's own handlers would race it into a stop() that never settles.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      options.explorer ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
      metrics.plugin(),
      queryBudgetPlugin(),
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => void res.status(200).json({ status: "ok" }));
  app.get("/readyz", (_req, res) => void res.status(draining ? 503 : 200).json({ status: draining ? "draining" : "ready" }));
  app.get("/metrics", (_req, res) => void res.type("text/plain; version=0.0.4").send(metrics.render()));
  app.use(
    "/graphql",
    routerGuard(options.routerSecret),
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: createContextFactory(options.client, createAuthenticator(options.auth), options.logger),
    }),
  );
  app.use(bodyErrors);

  try {
    await listen(httpServer, options.port, options.host);
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    close: async () => {
      draining = true;
      await apollo.stop();
    },
  };
}

/** With a router secret set, only the router (sending it in `router-authorization`) may reach the graph. */
function routerGuard(secret: string | undefined): RequestHandler {
  const isRouter = secretMatcher(secret ? [secret] : []);
  return (req, res, next) => {
    const given = req.headers["router-authorization"];
    if (!secret || (typeof given === "string" && isRouter(given))) return next();
    res.status(401).json({ errors: [{ message: "This subgraph only answers its router.", extensions: { code: "UNAUTHENTICATED" } }] });
  };
}

/**
 * A body express.json() refuses (not JSON, too large) would otherwise get Express' HTML error page, stack
 * trace included. Callers get a GraphQL-shaped JSON error instead.
 */
const bodyErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    status === 413 ? "The request body is too large (1 MB at most)."
    : status === 400 ? "The request body is not valid JSON."
    : status < 500 ? "The request body could not be read (its encoding or content type)."
    : "Internal server error.";
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }] });
};

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
