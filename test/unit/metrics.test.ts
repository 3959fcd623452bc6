/** Metrics: upstream calls by operation and outcome, in Prometheus text. */
import { describe, expect, it } from "vitest";
import { Metrics } from "../../src/metrics.js";

describe("Metrics.observeUpstream", () => {
  it("counts calls per operation and outcome, and sums their time per operation", () => {
    const metrics = new Metrics();
    metrics.observeUpstream({ operation: "searchAssets", outcome: "ok", durationMs: 120 });
    metrics.observeUpstream({ operation: "searchAssets", outcome: "ok", durationMs: 80 });
    metrics.observeUpstream({ operation: "searchAssets", outcome: "UPSTREAM_UNAVAILABLE", durationMs: 1000 });
    metrics.observeUpstream({ operation: "runEnforcement", outcome: "UPSTREAM_TIMEOUT", durationMs: 30_000 });
    const text = metrics.render();
    expect(text).toContain('gateway_upstream_calls_total{operation="searchAssets",outcome="ok"} 2\n');
    expect(text).toContain('gateway_upstream_calls_total{operation="searchAssets",outcome="UPSTREAM_UNAVAILABLE"} 1\n');
    expect(text).toContain('gateway_upstream_calls_total{operation="runEnforcement",outcome="UPSTREAM_TIMEOUT"} 1\n');
    expect(text).toContain('gateway_upstream_call_seconds_sum{operation="searchAssets"} 1.200\n');
    expect(text).toContain('gateway_upstream_call_seconds_count{operation="searchAssets"} 3\n');
    expect(text).toContain('gateway_upstream_call_seconds_count{operation="runEnforcement"} 1\n');
  });
});
