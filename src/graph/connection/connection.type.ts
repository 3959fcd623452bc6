import { Field, Int, ObjectType } from "type-graphql";
import { UpstreamError } from "../shared/upstream-error.type.js";

@ObjectType({ description: "The result of a connection test against Axonius (the D3 Test Connection command)." })
export class ConnectionStatus {
  @Field(() => Boolean, { description: "Whether Axonius answered with the credentials configured." })
  ok!: boolean;

  @Field(() => String, { description: "The Axonius server URL, without credentials." })
  serverUrl!: string;

  @Field(() => String, { description: "The Axonius API version in use." })
  apiVersion!: string;

  @Field(() => Int, { nullable: true, description: "How long Axonius took to answer, in milliseconds, when it answered." })
  latencyMs!: number | null;

  @Field(() => UpstreamError, { nullable: true, description: "Why the test failed; null when ok." })
  error!: UpstreamError | null;
}
