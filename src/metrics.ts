/** A few counters in Prometheus text format for GET /metrics; no client library needed for this little. */
import type { ApolloServerPlugin } from "@apollo/server";

export class Metrics {
  readonly #requests = new Map<string, number>();
  readonly #errors = new Map<string, number>();
  readonly #started = Date.now();

  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ operation, errors }) => this.#count(operation?.operation ?? "unknown", errors ?? []),
      }),
      // A request refused while building its context (no or an unknown token) never reaches requestDidStart.
      contextCreationDidFail: async ({ error }) => this.#count("unknown", [error]),
    };
  }

  #count(type: string, errors: readonly unknown[]): void {
    this.#requests.set(type, (this.#requests.get(type) ?? 0) + 1);
    for (const error of errors) {
      const code = String((error as { extensions?: Record<string, unknown> }).extensions?.code ?? "INTERNAL_SERVER_ERROR");
      this.#errors.set(code, (this.#errors.get(code) ?? 0) + 1);
    }
  }

  render(): string {
    const lines = [
      "# HELP gateway_graphql_requests_total GraphQL requests answered, by operation type.",
      "# TYPE gateway_graphql_requests_total counter",
      ...[...this.#requests].map(([type, n]) => `gateway_graphql_requests_total{operation="${type}"} ${n}`),
      "# HELP gateway_graphql_errors_total GraphQL errors sent, by error code.",
      "# TYPE gateway_graphql_errors_total counter",
      ...[...this.#errors].map(([code, n]) => `gateway_graphql_errors_total{code="${code}"} ${n}`),
      "# HELP gateway_uptime_seconds Seconds since the gateway started.",
      "# TYPE gateway_uptime_seconds gauge",
      `gateway_uptime_seconds ${Math.round((Date.now() - this.#started) / 1000)}`,
    ];
    return `${lines.join("\n")}\n`;
  }
}
