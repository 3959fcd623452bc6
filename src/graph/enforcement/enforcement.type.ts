import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageType } from "../shared/pagination.js";
import { DateTimeScalar } from "../shared/scalars.js";

export enum AssetType {
  DEVICES = "devices",
  USERS = "users",
}
registerEnumType(AssetType, {
  name: "AssetType",
  description: "The kinds of asset an enforcement set can act on.",
  valuesConfig: { DEVICES: { description: "Device assets." }, USERS: { description: "User assets." } },
});

@Directive('@key(fields: "id")')
@ObjectType({ description: "An enforcement set: an automation that runs an action on the assets of a saved query." })
export class Enforcement {
  @Field(() => ID, { description: "The set's uuid." })
  id!: string;

  @Field(() => String, { description: "The set's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "What the set is for." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "The main action's name (actions.main.name)." })
  actionName!: string | null;

  @Field(() => String, { nullable: true, description: "The main action's type (actions.main.action.action_name), e.g. send_emails." })
  actionType!: string | null;

  @Field(() => String, { nullable: true, description: "The main action's category, e.g. Notify." })
  category!: string | null;

  @Field(() => AssetType, { nullable: true, description: "The first trigger's asset type; null when the set has no trigger." })
  assetType!: AssetType | null;

  @Field(() => String, { nullable: true, description: "The name of the saved query the first trigger runs on." })
  triggerQueryName!: string | null;

  @Field(() => String, { nullable: true, description: "How often the first trigger fires, e.g. daily." })
  period!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the first trigger last fired." })
  lastTriggered!: Date | null;

  @Field(() => Int, { nullable: true, description: "How many times the first trigger has fired." })
  timesTriggered!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the set was last changed." })
  lastUpdated!: Date | null;

  @Field(() => String, { nullable: true, description: "Who last changed the set." })
  updatedBy!: string | null;
}

@ObjectType({ description: "One page of enforcement sets." })
export class EnforcementPage extends PageType(Enforcement, "enforcement sets") {}
