// The contract's scalars, from graphql-scalars: ISO 8601 DateTime, YYYY-MM-DD Date, and JSON.
export { DateTimeResolver as DateTimeScalar, DateResolver as DateScalar, JSONResolver as JSONScalar } from "graphql-scalars";
