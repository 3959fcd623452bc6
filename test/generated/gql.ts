/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query GetDevicesByIds($ids: [ID!]!) {\n  devicesByIds(ids: $ids) {\n    id\n    hostname\n    ipAddresses\n    macAddresses\n    os {\n      type\n      distribution\n    }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n    serial: field(path: \"specific_data.data.device_serial\")\n  }\n}": typeof types.GetDevicesByIdsDocument,
    "query SmokeSearch { searchDevices(limit: 2) { totalCount items { id hostname } } }": typeof types.SmokeSearchDocument,
};
const documents: Documents = {
    "query GetDevicesByIds($ids: [ID!]!) {\n  devicesByIds(ids: $ids) {\n    id\n    hostname\n    ipAddresses\n    macAddresses\n    os {\n      type\n      distribution\n    }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n    serial: field(path: \"specific_data.data.device_serial\")\n  }\n}": types.GetDevicesByIdsDocument,
    "query SmokeSearch { searchDevices(limit: 2) { totalCount items { id hostname } } }": types.SmokeSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetDevicesByIds($ids: [ID!]!) {\n  devicesByIds(ids: $ids) {\n    id\n    hostname\n    ipAddresses\n    macAddresses\n    os {\n      type\n      distribution\n    }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n    serial: field(path: \"specific_data.data.device_serial\")\n  }\n}"): (typeof documents)["query GetDevicesByIds($ids: [ID!]!) {\n  devicesByIds(ids: $ids) {\n    id\n    hostname\n    ipAddresses\n    macAddresses\n    os {\n      type\n      distribution\n    }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n    serial: field(path: \"specific_data.data.device_serial\")\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmokeSearch { searchDevices(limit: 2) { totalCount items { id hostname } } }"): (typeof documents)["query SmokeSearch { searchDevices(limit: 2) { totalCount items { id hostname } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;