import { isIP } from "node:net";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { aql } from "../../axonius/index.js";
import { BadUserInputError } from "../shared/errors.js";
import { PageArgs } from "../shared/pagination.js";
import { rawAql } from "../shared/raw-aql.js";

@InputType({ description: "Device search criteria. Values in one list are OR-ed; different fields are AND-ed." })
export class DeviceFilter {
  @Field(() => [String], { nullable: true, description: "Exact IPv4 or IPv6 addresses." })
  ipAddresses?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Exact hostnames, matched case-insensitively." })
  hostnames?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "MAC addresses in any common notation (00:0c:29:.., 00-0C-29-.., 000c29..), matched case-insensitively.",
  })
  macAddresses?: string[] | null;

  @Field(() => String, { nullable: true, description: "Raw AQL, AND-ed with the other criteria." })
  aql?: string | null;
}

@ArgsType()
export class SearchDevicesArgs extends PageArgs {
  @Field(() => DeviceFilter, { nullable: true, description: "What to match; no filter matches every device." })
  filter?: DeviceFilter | null;
}

@ArgsType()
export class DeviceIdArgs {
  @Field(() => ID, { description: "The device's internal_axon_id." })
  id!: string;
}

@ArgsType()
export class DevicesByIdsArgs {
  @Field(() => [ID], { description: "Up to 2000 internal_axon_ids." })
  ids!: string[];
}

function nonEmptyList(name: string, values: readonly string[]): void {
  if (values.length === 0) throw new BadUserInputError(`filter.${name} must not be an empty list.`);
}

/** Checks the filter and returns its AQL; throws BAD_USER_INPUT before anything goes upstream. */
export function deviceFilterQuery(filter: DeviceFilter | null | undefined): string {
  if (!filter) return "";
  const parts: string[] = [];
  if (filter.ipAddresses) {
    nonEmptyList("ipAddresses", filter.ipAddresses);
    const bad = filter.ipAddresses.find((ip) => isIP(ip.trim()) === 0);
    if (bad !== undefined) throw new BadUserInputError(`filter.ipAddresses: "${bad}" is not an IPv4 or IPv6 address.`);
    parts.push(aql.ipsIn(filter.ipAddresses.map((ip) => ip.trim())));
  }
  if (filter.hostnames) {
    nonEmptyList("hostnames", filter.hostnames);
    if (filter.hostnames.some((h) => h.trim() === "")) throw new BadUserInputError("filter.hostnames: a hostname is empty.");
    parts.push(aql.hostnamesIn(filter.hostnames.map((h) => h.trim())));
  }
  if (filter.macAddresses) {
    nonEmptyList("macAddresses", filter.macAddresses);
    const bad = filter.macAddresses.find((mac) => aql.normalizeMac(mac) === null);
    if (bad !== undefined) throw new BadUserInputError(`filter.macAddresses: "${bad}" is not a MAC address.`);
    parts.push(aql.macsIn(filter.macAddresses));
  }
  return aql.and(...parts, rawAql(filter.aql));
}
