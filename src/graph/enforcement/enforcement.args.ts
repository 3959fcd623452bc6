import { ArgsType, Field, ID, InputType } from "type-graphql";
import type { EnforcementSet } from "../../axonius/index.js";
import { BadUserInputError } from "../shared/errors.js";
import { PageArgs } from "../shared/pagination.js";
import { DateScalar } from "../shared/scalars.js";
import { AssetType } from "./enforcement.type.js";

@InputType({ description: "Enforcement set criteria, AND-ed. Axonius v2 cannot filter sets, so the gateway does." })
export class EnforcementFilter {
  @Field(() => DateScalar, { nullable: true, description: "With endDate: lastUpdated falls within [startDate, endDate], whole UTC days." })
  startDate?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "With startDate: the last UTC day of the range, included." })
  endDate?: Date | null;

  @Field(() => String, { nullable: true, description: "The main action's category, compared case-insensitively." })
  category?: string | null;

  @Field(() => AssetType, { nullable: true, description: "The first trigger's asset type." })
  assetType?: AssetType | null;

  @Field(() => [String], { nullable: true, description: "Exact set names, any of them." })
  names?: string[] | null;

  @Field(() => String, { nullable: true, description: "A case-insensitive substring of the name or the description." })
  search?: string | null;
}

@ArgsType()
export class SearchEnforcementsArgs extends PageArgs {
  @Field(() => EnforcementFilter, { nullable: true, description: "What to match; no filter matches every set." })
  filter?: EnforcementFilter | null;
}

@ArgsType()
export class EnforcementIdArgs {
  @Field(() => ID, { description: "The set's uuid." })
  id!: string;
}

@ArgsType()
export class EnforcementIdsArgs {
  @Field(() => [ID], { description: "Up to 2000 set uuids." })
  ids!: string[];
}

const DAY_MS = 86_400_000;

/** Checks the filter and returns the predicate it stands for; throws BAD_USER_INPUT on a bad filter. */
export function enforcementFilterPredicate(filter: EnforcementFilter | null | undefined): (set: EnforcementSet) => boolean {
  if (!filter) return () => true;
  const { startDate, endDate, category, assetType, names, search } = filter;
  if ((startDate == null) !== (endDate == null)) throw new BadUserInputError("filter.startDate and filter.endDate go together: give both or neither.");
  if (startDate && endDate && startDate.getTime() > endDate.getTime()) throw new BadUserInputError("filter.startDate is after filter.endDate.");
  if (names && names.length === 0) throw new BadUserInputError("filter.names must not be an empty list.");
  if (category != null && category.trim() === "") throw new BadUserInputError("filter.category must not be empty.");
  if (search != null && search.trim() === "") throw new BadUserInputError("filter.search must not be empty.");
  const from = startDate?.getTime();
  const until = endDate ? endDate.getTime() + DAY_MS : undefined;
  const wantedCategory = category?.toLowerCase();
  const wantedNames = names ? new Set(names) : undefined;
  const needle = search?.toLowerCase();
  return (set) => {
    if (from !== undefined && until !== undefined) {
      const updated = set.lastUpdated?.getTime();
      if (updated === undefined || updated < from || updated >= until) return false;
    }
    if (wantedCategory !== undefined && set.category?.toLowerCase() !== wantedCategory) return false;
    if (assetType && set.assetType !== assetType) return false;
    if (wantedNames && !wantedNames.has(set.name)) return false;
    if (needle && !set.name.toLowerCase().includes(needle) && !(set.description ?? "").toLowerCase().includes(needle)) return false;
    return true;
  };
}
