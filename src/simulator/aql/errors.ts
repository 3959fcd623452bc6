/** A query the simulator cannot parse; the server answers it with 400, as Axonius does. */
export class AqlSyntaxError extends Error {
  override readonly name = "AqlSyntaxError";

  /** 0-based character offset in the query where the problem was found. */
  readonly position: number;

  constructor(message: string, position: number) {
    super(`${message} at position ${position}`);
    this.position = position;
  }
}
