import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "An upstream failure reported as data (per run, or by testConnection) rather than as a GraphQL error." })
export class UpstreamError {
  @Field(() => String, { description: "The contract's error code, e.g. UPSTREAM_NOT_FOUND." })
  code!: string;

  @Field(() => Int, { nullable: true, description: "The HTTP status Axonius answered, when it answered." })
  statusCode!: number | null;

  @Field(() => String, { description: 'e.g. "Run Enforcements failed." plus a short safe reason.' })
  message!: string;
}
