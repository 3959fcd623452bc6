/**
 * A budget per operation, checked before anything runs: how many root fields, and how many assets or sets
 * they may ask Axonius for in all. Aliases make one request many (200 × `searchDevices(limit: 2000)` is 400k
 * rows), and a gateway in front of Axonius must not become the way to flood it.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  getArgumentValues,
  getVariableValues,
  GraphQLError,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { MAX_PAGE_SIZE } from "./pagination.js";

export const MAX_ROOT_FIELDS = 100;
export const MAX_ITEMS_PER_OPERATION = 10_000;

export class OperationTooLargeError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
  }
}

export function queryBudgetPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, operation, document, request }) => {
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
        );
        checkBudget(schema, operation, fragments, request.variables ?? {});
      },
    }),
  };
}

export function checkBudget(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): void {
  const fields = rootFields(operation.selectionSet, fragments);
  if (fields.length > MAX_ROOT_FIELDS) {
    throw new OperationTooLargeError(`This operation has ${fields.length} root fields; at most ${MAX_ROOT_FIELDS} are served per request.`);
  }
  // Arguments as execution will see them: variables coerced, and every default (the variable's own, or
  // the argument's, such as limit = 1000) applied. Bad variables are left for execution to refuse.
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!coerced) return;
  const rootType = schema.getRootType(operation.operation);
  const items = fields.reduce((sum, field) => {
    const definition = rootType?.getFields()[field.name.value];
    return sum + (definition ? itemsAskedFor(field.name.value, getArgumentValues(definition, field, coerced)) : 1);
  }, 0);
  if (items > MAX_ITEMS_PER_OPERATION) {
    throw new OperationTooLargeError(
      `This operation may fetch ${items} items from Axonius; at most ${MAX_ITEMS_PER_OPERATION} are served per request. Split it, or page with limit and offset.`,
    );
  }
}

function rootFields(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const fragment = fragments[selection.name.value];
    if (!fragment || seen.has(fragment.name.value)) return [];
    return rootFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
  });
}

/** What one root field may ask Axonius for: a page's limit, a list's length, or one. */
function itemsAskedFor(name: string, args: Record<string, unknown>): number {
  const length = (value: unknown) => (Array.isArray(value) ? value.length : 1);
  switch (name) {
    case "searchDevices":
    case "searchUsers":
    case "searchEnforcements":
      return typeof args.limit === "number" ? Math.min(Math.max(args.limit, 0), MAX_PAGE_SIZE) : 1;
    case "devicesByIds":
    case "usersByIds":
    case "enforcementsByIds":
    case "runEnforcements":
      return length(args.ids);
    case "_entities":
      return length(args.representations);
    default:
      return 1;
  }
}
