/** A response body as JSON when it is JSON, else undefined: tests look at bodies that are HTML or broken too. */
export function jsonOrUndefined(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
