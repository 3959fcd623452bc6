/** "Every type, field and argument in the schema carries a description" (docs/contract.md). */
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGatewaySchema } from "../../src/schema.js";

/** Federation's and GraphQL's own names: not ours to describe. */
const FOREIGN_TYPES = new Set(["_Any", "_Entity", "_Service", "FieldSet"]);
const isForeign = (name: string) =>
  name.startsWith("_") || FOREIGN_TYPES.has(name) || name.startsWith("link__") || name.startsWith("federation__");

const described = (description: string | null | undefined) => typeof description === "string" && description.trim() !== "";

/** Every undescribed thing of ours, as "Type", "Type.field", "Type.field(arg)", "Input.field" or "Enum.VALUE". */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const ours = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) => !isForeign(type.name) && !(isScalarType(type) && isSpecifiedScalarType(type)),
  );
  for (const type of ours) {
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (isForeign(field.name)) continue;
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!isForeign(arg.name) && !described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!isForeign(field.name) && !described(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    } else if (isUnionType(type)) {
      // A union has no members of its own to describe; its own description is checked above.
    }
  }
  return missing;
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGatewaySchema();
});

describe("schema descriptions", () => {
  it("covers the contract's types (so an empty schema cannot pass)", () => {
    for (const name of ["Device", "User", "Enforcement", "DeviceFilter", "AssetType", "RunStatus", "Query", "Mutation", "DateTime", "Date", "JSON"]) {
      expect(schema.getType(name), name).toBeDefined();
    }
  });

  it("skips only federation's and GraphQL's own names", () => {
    const skipped = Object.keys(schema.getTypeMap()).filter(isForeign);
    for (const name of skipped) expect(name).toMatch(/^(_|link__|federation__|FieldSet$)/);
    expect(isForeign("Device")).toBe(false);
  });

  it("the check finds every kind of hole (checked on a small schema with one of each)", () => {
    const holes = buildSchema(`
      """Q"""
      type Query {
        """ok"""
        described("""ok""" a: Int): Int
        bare: Int
        withArg(b: Int): Int
        _service: Int
      }
      type Bare { """ok""" x: Int }
      """I"""
      input Filter { """ok""" y: Int, z: Int }
      """E"""
      enum Color { """ok""" RED GREEN }
      scalar Naked
      """empty"""
      type Blank { """   """ w: Int }
      scalar _Any
      type link__Import { v: Int }
    `);
    expect(undescribed(holes).sort()).toEqual(
      ["Bare", "Blank.w", "Color.GREEN", "Filter.z", "Naked", "Query.bare", "Query.withArg", "Query.withArg(b)"].sort(),
    );
  });

  it("gives every type, field, argument, input field and enum value of ours a description", () => {
    const missing = undescribed(schema);
    expect(missing, `undescribed: ${missing.join(", ")}`).toEqual([]);
  });
});
