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
    "\n  query BenchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname ipAddresses os { type } } }\n": typeof types.BenchDevicesByIdsDocument,
    "query BenchOneDevice($id: ID!) { device(id: $id) { id hostname ipAddresses os { type } } }": typeof types.BenchOneDeviceDocument,
    "query BenchSearchHostname { searchDevices(limit: 1000) { items { hostname } } }": typeof types.BenchSearchHostnameDocument,
    "\n  query BenchSearchWide {\n    searchDevices(limit: 1000) { items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters labels } }\n  }\n": typeof types.BenchSearchWideDocument,
    "\n  query BenchLastUsedUsers { searchDevices(limit: 100) { items { id lastUsedUsers { username mail } } } }\n": typeof types.BenchLastUsedUsersDocument,
    "query DevicesWithLastUsedUsers($limit: Int = 100) {\n  searchDevices(limit: $limit) {\n    totalCount\n    items {\n      id\n      hostname\n      lastUsedUsers {\n        id\n        username\n        displayName\n        isAdmin\n      }\n    }\n  }\n}": typeof types.DevicesWithLastUsedUsersDocument,
    "query GetDevicesByIds($ids: [ID!]!) {\n  devicesByIds(ids: $ids) {\n    id\n    hostname\n    ipAddresses\n    macAddresses\n    os {\n      type\n      distribution\n    }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n    serial: field(path: \"specific_data.data.device_serial\")\n  }\n}": typeof types.GetDevicesByIdsDocument,
    "query GetEnforcementsByIds($ids: [ID!]!) {\n  enforcementsByIds(ids: $ids) {\n    id\n    name\n    description\n    actionName\n    actionType\n    category\n    assetType\n    triggerQueryName\n    period\n    lastTriggered\n    timesTriggered\n    lastUpdated\n    updatedBy\n  }\n}": typeof types.GetEnforcementsByIdsDocument,
    "mutation RunEnforcements($ids: [ID!]!) {\n  runEnforcements(ids: $ids) {\n    status\n    results {\n      id\n      ok\n      runId\n      enforcement {\n        name\n        category\n      }\n      error {\n        code\n        statusCode\n        message\n      }\n    }\n  }\n}": typeof types.RunEnforcementsDocument,
    "query SearchEndpoints($filter: DeviceFilter, $limit: Int = 10, $offset: Int = 0) {\n  searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n    totalCount\n    hasNextPage\n    items {\n      id\n      hostname\n      ipAddresses\n      macAddresses\n      os {\n        type\n        distribution\n      }\n      lastSeen\n      adapters\n    }\n  }\n}": typeof types.SearchEndpointsDocument,
    "query SearchEnforcements($filter: EnforcementFilter, $limit: Int = 10) {\n  searchEnforcements(filter: $filter, limit: $limit) {\n    totalCount\n    items {\n      id\n      name\n      category\n      assetType\n      lastUpdated\n      lastTriggered\n    }\n  }\n}": typeof types.SearchEnforcementsDocument,
    "query SearchUsers($username: String, $limit: Int = 10) {\n  searchUsers(filter: {username: $username}, limit: $limit) {\n    totalCount\n    items {\n      id\n      username\n      displayName\n      mail\n      domain\n      isAdmin\n      lastSeen\n      adapters\n    }\n  }\n}": typeof types.SearchUsersDocument,
    "query TestConnection {\n  testConnection {\n    ok\n    serverUrl\n    apiVersion\n    latencyMs\n    error {\n      code\n      statusCode\n      message\n    }\n  }\n}": typeof types.TestConnectionDocument,
    "query SmokeSearch { searchDevices(limit: 2) { totalCount items { id hostname } } }": typeof types.SmokeSearchDocument,
};
const documents: Documents = {
    "\n  query BenchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname ipAddresses os { type } } }\n": types.BenchDevicesByIdsDocument,
    "query BenchOneDevice($id: ID!) { device(id: $id) { id hostname ipAddresses os { type } } }": types.BenchOneDeviceDocument,
    "query BenchSearchHostname { searchDevices(limit: 1000) { items { hostname } } }": types.BenchSearchHostnameDocument,
    "\n  query BenchSearchWide {\n    searchDevices(limit: 1000) { items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters labels } }\n  }\n": types.BenchSearchWideDocument,
    "\n  query BenchLastUsedUsers { searchDevices(limit: 100) { items { id lastUsedUsers { username mail } } } }\n": types.BenchLastUsedUsersDocument,
    "query DevicesWithLastUsedUsers($limit: Int = 100) {\n  searchDevices(limit: $limit) {\n    totalCount\n    items {\n      id\n      hostname\n      lastUsedUsers {\n        id\n        username\n        displayName\n        isAdmin\n      }\n    }\n  }\n}": types.DevicesWithLastUsedUsersDocument,
    "query GetDevicesByIds($ids: [ID!]!) {\n  devicesByIds(ids: $ids) {\n    id\n    hostname\n    ipAddresses\n    macAddresses\n    os {\n      type\n      distribution\n    }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n    serial: field(path: \"specific_data.data.device_serial\")\n  }\n}": types.GetDevicesByIdsDocument,
    "query GetEnforcementsByIds($ids: [ID!]!) {\n  enforcementsByIds(ids: $ids) {\n    id\n    name\n    description\n    actionName\n    actionType\n    category\n    assetType\n    triggerQueryName\n    period\n    lastTriggered\n    timesTriggered\n    lastUpdated\n    updatedBy\n  }\n}": types.GetEnforcementsByIdsDocument,
    "mutation RunEnforcements($ids: [ID!]!) {\n  runEnforcements(ids: $ids) {\n    status\n    results {\n      id\n      ok\n      runId\n      enforcement {\n        name\n        category\n      }\n      error {\n        code\n        statusCode\n        message\n      }\n    }\n  }\n}": types.RunEnforcementsDocument,
    "query SearchEndpoints($filter: DeviceFilter, $limit: Int = 10, $offset: Int = 0) {\n  searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n    totalCount\n    hasNextPage\n    items {\n      id\n      hostname\n      ipAddresses\n      macAddresses\n      os {\n        type\n        distribution\n      }\n      lastSeen\n      adapters\n    }\n  }\n}": types.SearchEndpointsDocument,
    "query SearchEnforcements($filter: EnforcementFilter, $limit: Int = 10) {\n  searchEnforcements(filter: $filter, limit: $limit) {\n    totalCount\n    items {\n      id\n      name\n      category\n      assetType\n      lastUpdated\n      lastTriggered\n    }\n  }\n}": types.SearchEnforcementsDocument,
    "query SearchUsers($username: String, $limit: Int = 10) {\n  searchUsers(filter: {username: $username}, limit: $limit) {\n    totalCount\n    items {\n      id\n      username\n      displayName\n      mail\n      domain\n      isAdmin\n      lastSeen\n      adapters\n    }\n  }\n}": types.SearchUsersDocument,
    "query TestConnection {\n  testConnection {\n    ok\n    serverUrl\n    apiVersion\n    latencyMs\n    error {\n      code\n      statusCode\n      message\n    }\n  }\n}": types.TestConnectionDocument,
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
export function graphql(source: "\n  query BenchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname ipAddresses os { type } } }\n"): (typeof documents)["\n  query BenchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname ipAddresses os { type } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchOneDevice($id: ID!) { device(id: $id) { id hostname ipAddresses os { type } } }"): (typeof documents)["query BenchOneDevice($id: ID!) { device(id: $id) { id hostname ipAddresses os { type } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BenchSearchHostname { searchDevices(limit: 1000) { items { hostname } } }"): (typeof documents)["query BenchSearchHostname { searchDevices(limit: 1000) { items { hostname } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchSearchWide {\n    searchDevices(limit: 1000) { items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters labels } }\n  }\n"): (typeof documents)["\n  query BenchSearchWide {\n    searchDevices(limit: 1000) { items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters labels } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchLastUsedUsers { searchDevices(limit: 100) { items { id lastUsedUsers { username mail } } } }\n"): (typeof documents)["\n  query BenchLastUsedUsers { searchDevices(limit: 100) { items { id lastUsedUsers { username mail } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevicesWithLastUsedUsers($limit: Int = 100) {\n  searchDevices(limit: $limit) {\n    totalCount\n    items {\n      id\n      hostname\n      lastUsedUsers {\n        id\n        username\n        displayName\n        isAdmin\n      }\n    }\n  }\n}"): (typeof documents)["query DevicesWithLastUsedUsers($limit: Int = 100) {\n  searchDevices(limit: $limit) {\n    totalCount\n    items {\n      id\n      hostname\n      lastUsedUsers {\n        id\n        username\n        displayName\n        isAdmin\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetDevicesByIds($ids: [ID!]!) {\n  devicesByIds(ids: $ids) {\n    id\n    hostname\n    ipAddresses\n    macAddresses\n    os {\n      type\n      distribution\n    }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n    serial: field(path: \"specific_data.data.device_serial\")\n  }\n}"): (typeof documents)["query GetDevicesByIds($ids: [ID!]!) {\n  devicesByIds(ids: $ids) {\n    id\n    hostname\n    ipAddresses\n    macAddresses\n    os {\n      type\n      distribution\n    }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n    serial: field(path: \"specific_data.data.device_serial\")\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetEnforcementsByIds($ids: [ID!]!) {\n  enforcementsByIds(ids: $ids) {\n    id\n    name\n    description\n    actionName\n    actionType\n    category\n    assetType\n    triggerQueryName\n    period\n    lastTriggered\n    timesTriggered\n    lastUpdated\n    updatedBy\n  }\n}"): (typeof documents)["query GetEnforcementsByIds($ids: [ID!]!) {\n  enforcementsByIds(ids: $ids) {\n    id\n    name\n    description\n    actionName\n    actionType\n    category\n    assetType\n    triggerQueryName\n    period\n    lastTriggered\n    timesTriggered\n    lastUpdated\n    updatedBy\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunEnforcements($ids: [ID!]!) {\n  runEnforcements(ids: $ids) {\n    status\n    results {\n      id\n      ok\n      runId\n      enforcement {\n        name\n        category\n      }\n      error {\n        code\n        statusCode\n        message\n      }\n    }\n  }\n}"): (typeof documents)["mutation RunEnforcements($ids: [ID!]!) {\n  runEnforcements(ids: $ids) {\n    status\n    results {\n      id\n      ok\n      runId\n      enforcement {\n        name\n        category\n      }\n      error {\n        code\n        statusCode\n        message\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchEndpoints($filter: DeviceFilter, $limit: Int = 10, $offset: Int = 0) {\n  searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n    totalCount\n    hasNextPage\n    items {\n      id\n      hostname\n      ipAddresses\n      macAddresses\n      os {\n        type\n        distribution\n      }\n      lastSeen\n      adapters\n    }\n  }\n}"): (typeof documents)["query SearchEndpoints($filter: DeviceFilter, $limit: Int = 10, $offset: Int = 0) {\n  searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n    totalCount\n    hasNextPage\n    items {\n      id\n      hostname\n      ipAddresses\n      macAddresses\n      os {\n        type\n        distribution\n      }\n      lastSeen\n      adapters\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchEnforcements($filter: EnforcementFilter, $limit: Int = 10) {\n  searchEnforcements(filter: $filter, limit: $limit) {\n    totalCount\n    items {\n      id\n      name\n      category\n      assetType\n      lastUpdated\n      lastTriggered\n    }\n  }\n}"): (typeof documents)["query SearchEnforcements($filter: EnforcementFilter, $limit: Int = 10) {\n  searchEnforcements(filter: $filter, limit: $limit) {\n    totalCount\n    items {\n      id\n      name\n      category\n      assetType\n      lastUpdated\n      lastTriggered\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchUsers($username: String, $limit: Int = 10) {\n  searchUsers(filter: {username: $username}, limit: $limit) {\n    totalCount\n    items {\n      id\n      username\n      displayName\n      mail\n      domain\n      isAdmin\n      lastSeen\n      adapters\n    }\n  }\n}"): (typeof documents)["query SearchUsers($username: String, $limit: Int = 10) {\n  searchUsers(filter: {username: $username}, limit: $limit) {\n    totalCount\n    items {\n      id\n      username\n      displayName\n      mail\n      domain\n      isAdmin\n      lastSeen\n      adapters\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TestConnection {\n  testConnection {\n    ok\n    serverUrl\n    apiVersion\n    latencyMs\n    error {\n      code\n      statusCode\n      message\n    }\n  }\n}"): (typeof documents)["query TestConnection {\n  testConnection {\n    ok\n    serverUrl\n    apiVersion\n    latencyMs\n    error {\n      code\n      statusCode\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmokeSearch { searchDevices(limit: 2) { totalCount items { id hostname } } }"): (typeof documents)["query SmokeSearch { searchDevices(limit: 2) { totalCount items { id hostname } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;