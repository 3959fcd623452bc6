/**
 * A circuit breaker in front of Axonius. After `threshold` calls in a row fail as unavailable or timed out,
 * calls fail at once for `cooldownMs` (UPSTREAM_UNAVAILABLE, nothing sent), so a down Axonius is not
 * hammered and callers are not held for a timeout each. Then one call is let through: its success closes
 * the circuit, its failure opens it again.
 */
import { AxoniusError } from "./errors.js";

export class CircuitBreaker {
  #failures = 0;
  #openUntil = 0;
  #probing = false;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws when the circuit is open; otherwise lets the call go (as the probe, after a cool-down). */
  admit(): void {
    if (this.#failures < this.threshold) return;
    const waitMs = this.#openUntil - this.now();
    if (waitMs > 0 || this.#probing) {
      throw new AxoniusError(
        "UPSTREAM_UNAVAILABLE",
        `Axonius is unavailable (circuit open after ${this.#failures} failed calls; next try in ${Math.max(1, Math.ceil(waitMs / 1000))} s).`,
      );
    }
    this.#probing = true;
  }

  /** Axonius answered, whatever it said: it is up. */
  succeeded(): void {
    this.#failures = 0;
    this.#probing = false;
  }

  failed(): void {
    this.#failures++;
    this.#probing = false;
    if (this.#failures >= this.threshold) this.#openUntil = this.now() + this.cooldownMs;
  }
}

/** Failures that say Axonius is down, as opposed to an answer it gave (4xx, a bad body). */
export const meansDown = (error: AxoniusError) =>
  error.code === "UPSTREAM_TIMEOUT" || (error.code === "UPSTREAM_UNAVAILABLE" && (error.statusCode === undefined || error.statusCode >= 500));
