import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { UpstreamError } from "../shared/upstream-error.type.js";

export enum RunStatus {
  SUCCEEDED = "SUCCEEDED",
  PARTIALLY_SUCCEEDED = "PARTIALLY_SUCCEEDED",
  FAILED = "FAILED",
}
registerEnumType(RunStatus, {
  name: "RunStatus",
  description: "The outcome of runEnforcements as a whole.",
  valuesConfig: {
    SUCCEEDED: { description: "Every set ran." },
    PARTIALLY_SUCCEEDED: { description: "Some sets ran, some did not." },
    FAILED: { description: "No set ran." },
  },
});

@ObjectType({ description: "The outcome of running one enforcement set." })
export class EnforcementRunResult {
  @Field(() => ID, { description: "The set's uuid, as given." })
  id!: string;

  @Field(() => Boolean, { description: "Whether Axonius started the run." })
  ok!: boolean;

  @Field(() => String, { nullable: true, description: "Axonius' id for the run, when it started." })
  runId!: string | null;

  @Field(() => Boolean, {
    description: "True when the run call got no answer (a timeout, a dropped connection): the set may have run. Check Axonius before running it again.",
  })
  outcomeUnknown!: boolean;

  @Field(() => UpstreamError, { nullable: true, description: "Why the run did not start, or why its outcome is unknown; null when ok." })
  error!: UpstreamError | null;
}

@ObjectType({ description: "The outcome of runEnforcements." })
export class RunEnforcementsResult {
  @Field(() => RunStatus, { description: "SUCCEEDED: all ran; PARTIALLY_SUCCEEDED: some; FAILED: none." })
  status!: RunStatus;

  @Field(() => [EnforcementRunResult], { description: "One per distinct id, in input order." })
  results!: EnforcementRunResult[];
}
