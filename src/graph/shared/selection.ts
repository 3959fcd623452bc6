/**
 * Which Axonius field paths an operation selects for one GraphQL type, so that every search and batch asks
 * Axonius only for those. The whole operation is read once (fragments and `field(path:)` arguments
 * included) and the answer is kept per execution, so all loads of one request share one field set and one
 * batch stays one call.
 */
import {
  getNamedType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FieldNode,
  type GraphQLResolveInfo,
  type ValueNode,
} from "graphql";

/** Maps one selected GraphQL field of a type to the Axonius paths it reads. */
export type FieldPaths = (fieldName: string, pathArgument: string | undefined) => readonly string[];

/**
 * Keyed by the execution's coerced variable values: graphql-js builds that object afresh for every execution,
 * while the operation's AST is shared by every request with the same query text (Apollo caches parsed
 * documents), and `field(path: $p)` depends on the variables.
 */
const cache = new WeakMap<object, Map<string, string[]>>();

/** A field path Axonius could know: dotted words. Anything else is never sent upstream. */
export const FIELD_PATH_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_\-]*(\.[A-Za-z0-9_][A-Za-z0-9_\-]*)*$/;
export const isFieldPath = (path: string) => path.length <= 256 && FIELD_PATH_PATTERN.test(path);

export function selectedPaths(info: GraphQLResolveInfo, typeName: string, pathsOf: FieldPaths): string[] {
  let perType = cache.get(info.variableValues);
  if (!perType) cache.set(info.variableValues, (perType = new Map()));
  let paths = perType.get(typeName);
  if (!paths) perType.set(typeName, (paths = collect(info, typeName, pathsOf)));
  return paths;
}

function collect(info: GraphQLResolveInfo, typeName: string, pathsOf: FieldPaths): string[] {
  const found = new Set<string>();
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node: FieldNode) {
      const parent = typeInfo.getParentType();
      if (!parent || !isObjectType(getNamedType(parent)) || parent.name !== typeName) return;
      const pathArgument = node.arguments?.find((a) => a.name.value === "path");
      const path = pathArgument ? stringValue(pathArgument.value, info.variableValues) : undefined;
      for (const p of pathsOf(node.name.value, path)) if (isFieldPath(p)) found.add(p);
    },
  });
  visit(info.operation, visitor);
  for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
  return [...found].sort();
}

function stringValue(node: ValueNode, variables: Record<string, unknown>): string | undefined {
  if (node.kind === "StringValue") return node.value;
  if (node.kind === "Variable") {
    const value = variables[node.name.value];
    return typeof value === "string" ? value : undefined;
  }
  return undefined;
}
