import type { Fault, RouteKey } from "./types.js";

interface QueuedFault {
  fault: Fault;
  remaining: number;
}

/**
 * Failures to serve instead of the normal answer. Faults on one route are used in the order
 * they were injected; one without `times` stays at the head of its queue until clear().
 */
export class FaultInjector {
  private readonly queues = new Map<RouteKey, QueuedFault[]>();

  inject(route: RouteKey, fault: Fault): void {
    const times = fault.times ?? Number.POSITIVE_INFINITY;
    if (!(times >= 1) || (Number.isFinite(times) && !Number.isInteger(times))) {
      throw new RangeError(`fault.times must be a whole number ≥ 1, got ${fault.times}`);
    }
    if (fault.delayMs !== undefined && !(fault.delayMs >= 0)) throw new RangeError(`fault.delayMs must be ≥ 0, got ${fault.delayMs}`);
    const queue = this.queues.get(route) ?? [];
    queue.push({ fault: { ...fault }, remaining: times });
    this.queues.set(route, queue);
  }

  clear(): void {
    this.queues.clear();
  }

  /** The fault for the next request on this route, if any; uses up one of its `times`. */
  take(route: RouteKey): Fault | undefined {
    const queue = this.queues.get(route);
    const head = queue?.[0];
    if (!queue || !head) return undefined;
    head.remaining--;
    if (head.remaining <= 0) queue.shift();
    return head.fault;
  }
}

/** A fault with nothing but a delay (and perhaps headers) still serves the normal answer. */
export function servesNormally(fault: Fault): boolean {
  return fault.status === undefined && fault.body === undefined && !fault.hang && !fault.reset;
}
