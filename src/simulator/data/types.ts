/** One asset as Axonius v2 returns it: flat keys with dots in them, values of any shape. */
export type AssetRecord = Record<string, unknown>;

export interface EnforcementAction {
  name: string;
  action: { action_name: string; category: string };
}

export interface EnforcementTrigger {
  view: { id: string; name: string; entity: "devices" | "users" };
  period: string;
  run_on: string;
  /** Missing or null on a set that has never run. */
  last_triggered?: string | null;
  times_triggered: number;
}

/** An enforcement set in the contract's [assumed] shape. */
export interface EnforcementSet {
  uuid: string;
  name: string;
  description: string;
  actions: { main: EnforcementAction; success: EnforcementAction[]; failure: EnforcementAction[]; post: EnforcementAction[] };
  triggers: EnforcementTrigger[];
  last_updated: string;
  updated_by: string;
}

/** Assets are ordered by internal_axon_id, as the simulator serves them. */
export interface Dataset {
  devices: AssetRecord[];
  users: AssetRecord[];
  enforcements: EnforcementSet[];
}

export interface DatasetSizes {
  devices?: number;
  users?: number;
  enforcements?: number;
}
