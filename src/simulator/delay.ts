import { setTimeout as sleep } from "node:timers/promises";
import type { Delay } from "./types.js";

export function checkDelay(delay: Delay): void {
  const [min, max] = typeof delay === "number" ? [delay, delay] : delay;
  if (!(min >= 0) || !(max >= min) || !Number.isFinite(max)) {
    throw new RangeError(`delayMs must be a number ≥ 0 or [min, max] with 0 ≤ min ≤ max, got ${JSON.stringify(delay)}`);
  }
}

/** Random on purpose: a spread of latencies is what benchmarks of the gateway want to see. */
export function pickDelay(delay: Delay): number {
  if (typeof delay === "number") return delay;
  const [min, max] = delay;
  return min + Math.random() * (max - min);
}

/** Waits, unless the simulator is closing: then it rejects so the request is dropped. */
export async function wait(ms: number, closing: AbortSignal): Promise<void> {
  if (ms > 0) await sleep(ms, undefined, { signal: closing });
}
