import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import type { AssetRecord } from "../../axonius/index.js";
import { PageType } from "../shared/pagination.js";
import { DateTimeScalar } from "../shared/scalars.js";

@ObjectType({ description: "A device's operating system, as Axonius aggregates it." })
export class OperatingSystem {
  @Field(() => String, { nullable: true, description: "The OS family, e.g. Windows, Linux, OS X." })
  type!: string | null;

  @Field(() => String, { nullable: true, description: "The distribution or version, e.g. 10, Ubuntu 22.04." })
  distribution!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A device asset: one correlated machine, aggregated from every adapter that sees it." })
export class Device {
  @Field(() => ID, { description: "The Axonius internal_axon_id." })
  id!: string;

  @Field(() => String, { nullable: true, description: "The preferred hostname, else the first hostname." })
  hostname!: string | null;

  @Field(() => [String], { description: "Every hostname the adapters report, each once." })
  hostnames!: string[];

  @Field(() => [String], { description: "IPv4 and IPv6 addresses of its network interfaces." })
  ipAddresses!: string[];

  @Field(() => [String], { description: "MAC addresses, as Axonius reports them (upper case with colons)." })
  macAddresses!: string[];

  @Field(() => OperatingSystem, { nullable: true, description: "The operating system, when any adapter reports one." })
  os!: OperatingSystem | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When any adapter last saw the device." })
  lastSeen!: Date | null;

  @Field(() => [String], { description: "Distinct adapter names, in first-seen order." })
  adapters!: string[];

  @Field(() => Int, { description: "How many distinct adapters see the device." })
  adapterCount!: number;

  @Field(() => [String], { description: "Axonius tags on the device." })
  labels!: string[];

  /** The flat record it came from, for `field(path:)` and `lastUsedUsers`; not part of the schema. */
  record!: AssetRecord;
}

@ObjectType({ description: "One page of devices." })
export class DevicePage extends PageType(Device, "devices") {}
