import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { GatewayContext } from "../context.js";
import { asCommand } from "../shared/errors.js";
import { validateId, validateIds } from "../shared/ids.js";
import { toPage, validatePage } from "../shared/pagination.js";
import { rawField } from "../shared/raw-field.js";
import { JSONScalar } from "../shared/scalars.js";
import { SearchUsersArgs, UserIdArgs, UsersByIdsArgs, userFilterQuery } from "./user.args.js";
import { toUser, userPaths } from "./user.fields.js";
import { User, UserPage } from "./user.type.js";

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "One user by its internal_axon_id; null when there is none." })
  async user(@Args(() => UserIdArgs) { id }: UserIdArgs, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo): Promise<User | null> {
    validateId(id);
    const record = await asCommand("Get User by ID", () => ctx.loaders.users.load(id, userPaths(info)));
    return record && toUser(record);
  }

  @Query(() => [User], { nullable: "items", description: "Users by internal_axon_id, in the order given; null where there is none." })
  async usersByIds(@Args(() => UsersByIdsArgs) { ids }: UsersByIdsArgs, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo): Promise<Array<User | null>> {
    validateIds(ids);
    const records = await asCommand("Get User by ID", () => ctx.loaders.users.loadAll(ids, userPaths(info)));
    return records.map((record) => record && toUser(record));
  }

  @Query(() => UserPage, { description: "Users matching a filter (the D3 Search Users command), one page at a time." })
  async searchUsers(@Args(() => SearchUsersArgs) args: SearchUsersArgs, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo): Promise<UserPage> {
    validatePage(args);
    const query = userFilterQuery(args.filter);
    const page = await asCommand("Search Users", () =>
      ctx.client.searchAssets("users", { query, fields: userPaths(info), limit: args.limit, offset: args.offset }),
    );
    return toPage(page.assets.map(toUser), page.total, args);
  }

  @FieldResolver(() => JSONScalar, { nullable: true, description: 'The raw value of any Axonius field path, e.g. "specific_data.data.employee_id".' })
  field(@Root() user: User, @Arg("path", () => String, { description: "A dotted Axonius field path." }) path: string): unknown {
    return rawField(user.record, path);
  }
}
