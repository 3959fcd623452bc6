import { ArgsType, Field, ID, InputType } from "type-graphql";
import { aql } from "../../axonius/index.js";
import { BadUserInputError } from "../shared/errors.js";
import { PageArgs } from "../shared/pagination.js";
import { rawAql } from "../shared/raw-aql.js";

@InputType({ description: "User search criteria; the fields are AND-ed." })
export class UserFilter {
  @Field(() => String, { nullable: true, description: "An exact username." })
  username?: string | null;

  @Field(() => String, { nullable: true, description: "Raw AQL, AND-ed with the username." })
  aql?: string | null;
}

@ArgsType()
export class SearchUsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true, description: "What to match; no filter matches every user." })
  filter?: UserFilter | null;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID, { description: "The user's internal_axon_id." })
  id!: string;
}

@ArgsType()
export class UsersByIdsArgs {
  @Field(() => [ID], { description: "Up to 2000 internal_axon_ids." })
  ids!: string[];
}

/** Checks the filter and returns its AQL; throws BAD_USER_INPUT before anything goes upstream. */
export function userFilterQuery(filter: UserFilter | null | undefined): string {
  if (!filter) return "";
  if (filter.username != null && filter.username.trim() === "") throw new BadUserInputError("filter.username must not be empty.");
  return aql.and(filter.username != null ? aql.usernameIs(filter.username) : undefined, rawAql(filter.aql));
}
