/** A few counters in Prometheus text format for GET /metrics; no client library needed for this little. */
import type { ApolloServerPlugin } from "@apollo/server";
import type { UpstreamCall } from "./axonius/index.js";

export class Metrics {
  readonly #requests = new Map<string, number>();
  readonly #errors = new Map<string, number>();
  readonly #started = Date.now();
  /** Keyed by `operation\0outcome`; durations by operation. Few keys: four operations, a dozen outcomes. */
  readonly #upstreamCalls = new Map<string, number>();
  readonly #upstreamSeconds = new Map<string, { sum: number; count: number }>();

  /** For AxoniusClientOptions.onCall: what the gateway asks of Axonius, and how it goes. */
  readonly observeUpstream = ({ operation, outcome, durationMs }: UpstreamCall): void => {
    const key = `${operation}\0${outcome}`;
    this.#upstreamCalls.set(key, (this.#upstreamCalls.get(key) ?? 0) + 1);
    const time = this.#upstreamSeconds.get(operation) ?? { sum: 0, count: 0 };
    this.#upstreamSeconds.set(operation, { sum: time.sum + durationMs / 1000, count: time.count + 1 });
  };

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
      "# HELP gateway_upstream_calls_total Calls to Axonius, by client operation and outcome (ok or an error code).",
      "# TYPE gateway_upstream_calls_total counter",
      ...[...this.#upstreamCalls].map(([key, n]) => {
        const [operation, outcome] = key.split("\0");
        return `gateway_upstream_calls_total{operation="${operation}",outcome="${outcome}"} ${n}`;
      }),
      "# HELP gateway_upstream_call_seconds Time spent in calls to Axonius, retries included.",
      "# TYPE gateway_upstream_call_seconds summary",
      ...[...this.#upstreamSeconds].flatMap(([operation, { sum, count }]) => [
        `gateway_upstream_call_seconds_sum{operation="${operation}"} ${sum.toFixed(3)}`,
        `gateway_upstream_call_seconds_count{operation="${operation}"} ${count}`,
      ]),
      "# HELP gateway_uptime_seconds Seconds since the gateway started.",
      "# TYPE gateway_uptime_seconds gauge",
      `gateway_uptime_seconds ${Math.round((Date.now() - this.#started) / 1000)}`,
    ];
    return `${lines.join("\n")}\n`;
  }
}
