/** Lookups and runs by id: how many ids one argument may hold, and what counts as an id at all. */
import { BadUserInputError } from "./errors.js";

/** Also the loaders' batch size: one upstream call per 2000 ids. */
export const MAX_IDS = 2000;

/** An Axonius id is one word: a slash, "." or ".." make a path, not an id (and would aim a run's URL elsewhere). */
const isPlausibleId = (id: string) => id.trim() !== "" && id.length <= 256 && !id.includes("/") && id !== "." && id !== "..";

/** Lookups by ids: at most 2000, none empty or malformed. */
export function validateIds(ids: readonly string[], name = "ids"): void {
  if (ids.length > MAX_IDS) throw new BadUserInputError(`${name} may hold at most ${MAX_IDS} ids; got ${ids.length}.`);
  const bad = ids.findIndex((id) => !isPlausibleId(id));
  if (bad >= 0) throw new BadUserInputError(`${name}[${bad}] is not an id (empty, too long, or a path).`);
}

export function validateId(id: string): void {
  validateIds([id], "id");
}
