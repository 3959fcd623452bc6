/**
 * A budget per operation, checked before anything runs: how many root fields, and how many assets or sets
 * they may ask Axonius for in all. Aliases make one request many (200 × `searchDevices(limit: 2000)` is 400k
 * rows), and a gateway in front of Axonius must not become the way to flood it.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from "graphql";
import { MAX_PAGE_SIZE } from "./pagination.js";

export const MAX_ROOT_FIELDS = 100;
export const MAX_ITEMS_PER_OPERATION = 10_000;

const DEFAULT_LIMIT = 1000;

export class OperationTooLargeError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
  }
}

export function queryBudgetPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ operation, document, request }) => {
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
        );
        checkBudget(operation, fragments, request.variables ?? {});
      },
    }),
  };
}

export function checkBudget(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>): void {
  const fields = rootFields(operation.selectionSet, fragments);
  if (fields.length > MAX_ROOT_FIELDS) {
    throw new OperationTooLargeError(`This operation has ${fields.length} root fields; at most ${MAX_ROOT_FIELDS} are served per request.`);
  }
  const items = fields.reduce((sum, field) => sum + itemsAskedFor(field, variables), 0);
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
function itemsAskedFor(field: FieldNode, variables: Record<string, unknown>): number {
  const argument = (name: string) => {
    const node = field.arguments?.find((a) => a.name.value === name)?.value;
    return node ? valueOf(node, variables) : undefined;
  };
  switch (field.name.value) {
    case "searchDevices":
    case "searchUsers":
    case "searchEnforcements": {
      const limit = argument("limit");
      return typeof limit === "number" ? Math.min(Math.max(limit, 0), MAX_PAGE_SIZE) : DEFAULT_LIMIT;
    }
    case "devicesByIds":
    case "usersByIds":
    case "enforcementsByIds":
    case "runEnforcements": {
      const ids = argument("ids");
      return Array.isArray(ids) ? ids.length : 1;
    }
    case "_entities": {
      const representations = argument("representations");
      return Array.isArray(representations) ? representations.length : 1;
    }
    default:
      return 1;
  }
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE:
      return variables[node.name.value];
    case Kind.INT:
      return Number(node.value);
    case Kind.LIST:
      return node.values;
    default:
      return undefined;
  }
}
