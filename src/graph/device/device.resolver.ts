import type { GraphQLResolveInfo } from "graphql";
import { Args, Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { GatewayContext } from "../context.js";
import { asCommand } from "../shared/errors.js";
import { validateId, validateIds } from "../shared/ids.js";
import { toPage, validatePage } from "../shared/pagination.js";
import { JSONScalar } from "../shared/scalars.js";
import { rawField } from "../shared/raw-field.js";
import { toUser, userPaths } from "../user/user.fields.js";
import { User } from "../user/user.type.js";
import { DeviceIdArgs, DevicesByIdsArgs, SearchDevicesArgs, deviceFilterQuery } from "./device.args.js";
import { devicePaths, lastUsedUsernames, toDevice } from "./device.fields.js";
import { Device, DevicePage } from "./device.type.js";

@Resolver(() => Device)
export class DeviceResolver {
  @Query(() => Device, { nullable: true, description: "One device by its internal_axon_id; null when there is none." })
  async device(@Args(() => DeviceIdArgs) { id }: DeviceIdArgs, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo): Promise<Device | null> {
    validateId(id);
    const record = await asCommand("Get Device by ID", () => ctx.loaders.devices.load(id, devicePaths(info)));
    return record && toDevice(record);
  }

  @Query(() => [Device], { nullable: "items", description: "Devices by internal_axon_id, in the order given; null where there is none." })
  async devicesByIds(@Args(() => DevicesByIdsArgs) { ids }: DevicesByIdsArgs, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo): Promise<Array<Device | null>> {
    validateIds(ids);
    const records = await asCommand("Get Device by ID", () => ctx.loaders.devices.loadAll(ids, devicePaths(info)));
    return records.map((record) => record && toDevice(record));
  }

  @Query(() => DevicePage, { description: "Devices matching a filter (the D3 Search Endpoints command), one page at a time." })
  async searchDevices(@Args(() => SearchDevicesArgs) args: SearchDevicesArgs, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo): Promise<DevicePage> {
    validatePage(args);
    const query = deviceFilterQuery(args.filter);
    const page = await asCommand("Search Endpoints", () =>
      ctx.client.searchAssets("devices", { query, fields: devicePaths(info), limit: args.limit, offset: args.offset }),
    );
    return toPage(page.assets.map(toDevice), page.total, args);
  }

  // Nullable on purpose: when the users lookup fails, only this field is null (with its error), not the device
  // and with it the whole page.
  @FieldResolver(() => [User], {
    nullable: true,
    description:
      "User assets whose username is in last_used_users; unknown names are skipped. Null, with an error at this path, when the users lookup fails.",
  })
  async lastUsedUsers(@Root() device: Device, @Ctx() ctx: GatewayContext, @Info() info: GraphQLResolveInfo): Promise<User[] | null> {
    const names = lastUsedUsernames(device);
    const records = await asCommand("Search Users", () => ctx.loaders.usersByUsername.loadAll(names, userPaths(info)));
    return records.flatMap((record) => (record ? [toUser(record)] : []));
  }

  @FieldResolver(() => JSONScalar, { nullable: true, description: 'The raw value of any Axonius field path, e.g. "specific_data.data.device_serial".' })
  field(@Root() device: Device, @Arg("path", () => String, { description: "A dotted Axonius field path." }) path: string): unknown {
    return rawField(device.record, path);
  }
}
