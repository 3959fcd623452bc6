import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import type { AssetRecord } from "../../axonius/index.js";
import { PageType } from "../shared/pagination.js";
import { DateTimeScalar } from "../shared/scalars.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A user asset: one correlated identity, aggregated from every adapter that sees it." })
export class User {
  @Field(() => ID, { description: "The Axonius internal_axon_id." })
  id!: string;

  @Field(() => String, { nullable: true, description: "The username, e.g. jdoe." })
  username!: string | null;

  @Field(() => String, { nullable: true, description: "The mail address, when any adapter knows one." })
  mail!: string | null;

  @Field(() => String, { nullable: true, description: "The display name, e.g. Jane Doe." })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: "The directory domain, e.g. CORP." })
  domain!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether any adapter reports the user as an administrator." })
  isAdmin!: boolean | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When any adapter last saw the user." })
  lastSeen!: Date | null;

  @Field(() => [String], { description: "Distinct adapter names, in first-seen order." })
  adapters!: string[];

  @Field(() => Int, { description: "How many distinct adapters see the user." })
  adapterCount!: number;

  @Field(() => [String], { description: "Axonius tags on the user." })
  labels!: string[];

  /** The flat record it came from, for `field(path:)`; not part of the schema. */
  record!: AssetRecord;
}

@ObjectType({ description: "One page of users." })
export class UserPage extends PageType(User, "users") {}
