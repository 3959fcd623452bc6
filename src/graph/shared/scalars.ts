/**
 * The contract's scalars, from graphql-scalars: ISO 8601 DateTime, YYYY-MM-DD Date, and JSON. Input scalars
 * refuse a malformed value as BAD_USER_INPUT, in variables and written inline alike (see format-error.ts).
 */
import { GraphQLScalarType } from "graphql";
import { DateResolver, DateTimeResolver, JSONResolver } from "graphql-scalars";
import { BadUserInputError } from "./errors.js";

function refusingAsBadInput(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  const refuse = (error: unknown): never => {
    throw new BadUserInputError(error instanceof Error ? error.message : `${scalar.name}: not a valid value.`);
  };
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => {
      try {
        return config.parseValue!(value);
      } catch (error) {
        return refuse(error);
      }
    },
    parseLiteral: (ast, variables) => {
      try {
        return config.parseLiteral!(ast, variables);
      } catch (error) {
        return refuse(error);
      }
    },
  });
}

export const DateTimeScalar = DateTimeResolver;
export const DateScalar = refusingAsBadInput(DateResolver);
export const JSONScalar = JSONResolver;
