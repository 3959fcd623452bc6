import type { ClassType } from "type-graphql";
import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { BadUserInputError } from "./errors.js";

export const MAX_PAGE_SIZE = 2000;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1000, description: "How many items to return, 1 to 2000." })
  limit!: number;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: "How many matching items to skip from the start." })
  offset!: number;
}

export function validatePage({ limit, offset }: PageArgs): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`limit must be between 1 and ${MAX_PAGE_SIZE}; got ${limit}.`);
  }
  if (!Number.isInteger(offset) || offset < 0) throw new BadUserInputError(`offset must be 0 or more; got ${offset}.`);
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
  hasNextPage: boolean;
}

export function toPage<T>(items: T[], totalCount: number, { limit, offset }: PageArgs): Page<T> {
  return { items, totalCount, offset, limit, hasNextPage: offset + items.length < totalCount };
}

/** One page type per item type (DevicePage, UserPage, ...), as type-graphql's generic-types example does. */
export function PageType<T extends object>(itemType: ClassType<T>, itemsName: string) {
  @ObjectType()
  abstract class PageClass implements Page<T> {
    @Field(() => [itemType], { description: `The ${itemsName} of this page, in Axonius' stable order.` })
    items!: T[];

    @Field(() => Int, { description: `How many ${itemsName} match in all.` })
    totalCount!: number;

    @Field(() => Int, { description: "The offset this page starts at." })
    offset!: number;

    @Field(() => Int, { description: "The page size that was asked for." })
    limit!: number;

    @Field(() => Boolean, { description: "Whether more matching items follow this page." })
    hasNextPage!: boolean;
  }
  return PageClass;
}
