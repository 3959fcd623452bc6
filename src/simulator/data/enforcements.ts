import { between } from "./dates.js";
import { EDITORS, ENFORCEMENT_TEMPLATES, FOLLOW_UP_ACTIONS, NAME_VARIANTS, PERIODS, type EnforcementTemplate } from "./enforcement-catalog.js";
import { uniqueHex, type Random } from "./random.js";
import type { EnforcementAction, EnforcementSet, EnforcementTrigger } from "./types.js";

/** Sets cycle through the templates, so every category appears once count ≥ the template count. */
export function generateEnforcements(random: Random, count: number): EnforcementSet[] {
  const usedIds = new Set<string>();
  const usedNames = new Set<string>();
  const sets: EnforcementSet[] = [];
  for (let i = 0; i < count; i++) {
    const template = ENFORCEMENT_TEMPLATES[i % ENFORCEMENT_TEMPLATES.length];
    const lastUpdated = between(random, "2025-06-01", "2025-11-30");
    sets.push({
      uuid: uniqueHex(random, 24, usedIds),
      name: uniqueName(random, template.name, usedNames),
      description: random.chance(0.9) ? template.description : "",
      actions: {
        main: { name: template.actionName, action: { action_name: template.mainAction, category: template.category } },
        success: random.chance(0.3) ? [copy(random.pick(FOLLOW_UP_ACTIONS))] : [],
        failure: random.chance(0.2) ? [copy(FOLLOW_UP_ACTIONS[0])] : [],
        post: [],
      },
      triggers: random.chance(0.25) ? [] : [trigger(random, template, usedIds, lastUpdated)],
      last_updated: lastUpdated,
      updated_by: random.pick(EDITORS),
    });
  }
  return sets;
}

function uniqueName(random: Random, base: string, used: Set<string>): string {
  let name = used.has(base) ? `${base} (${random.pick(NAME_VARIANTS)})` : base;
  for (let n = 2; used.has(name); n++) name = `${base} #${n}`;
  used.add(name);
  return name;
}

function trigger(random: Random, template: EnforcementTemplate, usedIds: Set<string>, lastUpdated: string): EnforcementTrigger {
  const result: EnforcementTrigger = {
    view: { id: uniqueHex(random, 24, usedIds), name: template.viewName, entity: template.entity },
    period: random.pick(PERIODS),
    run_on: random.chance(0.7) ? "AllEntities" : "AddedEntities",
    last_triggered: null,
    times_triggered: 0,
  };
  // Some sets never ran: last_triggered is null on some and absent on others, as the contract allows.
  const outcome = random.weighted([["ran", 7], ["null", 2], ["missing", 1]] as const);
  if (outcome === "missing") delete result.last_triggered;
  if (outcome === "ran") {
    result.last_triggered = between(random, new Date(Date.parse(lastUpdated)).toISOString().slice(0, 10), "2025-11-30");
    result.times_triggered = random.int(1, 400);
  }
  return result;
}

function copy(action: { name: string; action: { action_name: string; category: string } }): EnforcementAction {
  return { name: action.name, action: { ...action.action } };
}
