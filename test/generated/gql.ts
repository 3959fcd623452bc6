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
    "mutation RunEnforcements($ids: [ID!]!) {\n  runEnforcements(ids: $ids) {\n    status\n    results {\n      id\n      ok\n      runId\n      outcomeUnknown\n      enforcement {\n        name\n        category\n      }\n      error {\n        code\n        statusCode\n        message\n      }\n    }\n  }\n}": typeof types.RunEnforcementsDocument,
    "query SearchEndpoints($filter: DeviceFilter, $limit: Int = 10, $offset: Int = 0) {\n  searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n    totalCount\n    hasNextPage\n    items {\n      id\n      hostname\n      ipAddresses\n      macAddresses\n      os {\n        type\n        distribution\n      }\n      lastSeen\n      adapters\n    }\n  }\n}": typeof types.SearchEndpointsDocument,
    "query SearchEnforcements($filter: EnforcementFilter, $limit: Int = 10) {\n  searchEnforcements(filter: $filter, limit: $limit) {\n    totalCount\n    items {\n      id\n      name\n      category\n      assetType\n      lastUpdated\n      lastTriggered\n    }\n  }\n}": typeof types.SearchEnforcementsDocument,
    "query SearchUsers($username: String, $limit: Int = 10) {\n  searchUsers(filter: {username: $username}, limit: $limit) {\n    totalCount\n    items {\n      id\n      username\n      displayName\n      mail\n      domain\n      isAdmin\n      lastSeen\n      adapters\n    }\n  }\n}": typeof types.SearchUsersDocument,
    "query TestConnection {\n  testConnection {\n    ok\n    serverUrl\n    apiVersion\n    latencyMs\n    error {\n      code\n      statusCode\n      message\n    }\n  }\n}": typeof types.TestConnectionDocument,
    "query AuthCount { searchDevices(limit: 1) { totalCount } }": typeof types.AuthCountDocument,
    "mutation AuthRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status results { id ok } } }": typeof types.AuthRunDocument,
    "query BatchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname } }": typeof types.BatchDevicesByIdsDocument,
    "\n        query BatchAliased(\n          $a0: ID!, $a1: ID!, $a2: ID!, $a3: ID!, $a4: ID!, $a5: ID!, $a6: ID!, $a7: ID!, $a8: ID!, $a9: ID!,\n          $b0: ID!, $b1: ID!, $b2: ID!, $b3: ID!, $b4: ID!, $b5: ID!, $b6: ID!, $b7: ID!, $b8: ID!, $b9: ID!,\n          $c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!, $c7: ID!, $c8: ID!, $c9: ID!\n        ) {\n          a0: device(id: $a0) { id hostname } a1: device(id: $a1) { id hostname } a2: device(id: $a2) { id hostname }\n          a3: device(id: $a3) { id hostname } a4: device(id: $a4) { id hostname } a5: device(id: $a5) { id hostname }\n          a6: device(id: $a6) { id hostname } a7: device(id: $a7) { id hostname } a8: device(id: $a8) { id hostname }\n          a9: device(id: $a9) { id hostname }\n          b0: device(id: $b0) { id hostname } b1: device(id: $b1) { id hostname } b2: device(id: $b2) { id hostname }\n          b3: device(id: $b3) { id hostname } b4: device(id: $b4) { id hostname } b5: device(id: $b5) { id hostname }\n          b6: device(id: $b6) { id hostname } b7: device(id: $b7) { id hostname } b8: device(id: $b8) { id hostname }\n          b9: device(id: $b9) { id hostname }\n          c0: device(id: $c0) { id hostname } c1: device(id: $c1) { id hostname } c2: device(id: $c2) { id hostname }\n          c3: device(id: $c3) { id hostname } c4: device(id: $c4) { id hostname } c5: device(id: $c5) { id hostname }\n          c6: device(id: $c6) { id hostname } c7: device(id: $c7) { id hostname } c8: device(id: $c8) { id hostname }\n          c9: device(id: $c9) { id hostname }\n        }\n      ": typeof types.BatchAliasedDocument,
    "\n        query BatchDevicesWithUsers {\n          searchDevices(limit: 100) {\n            items { id lastUsedUsers { id username displayName } }\n          }\n        }\n      ": typeof types.BatchDevicesWithUsersDocument,
    "\n        query BatchEnforcements($a: ID!, $b: ID!, $ids: [ID!]!) {\n          one: enforcement(id: $a) { id name }\n          two: enforcement(id: $b) { id name }\n          enforcementsByIds(ids: $ids) { id }\n          searchEnforcements(limit: 3) { totalCount items { id } }\n        }\n      ": typeof types.BatchEnforcementsDocument,
    "query BatchEnforcementAgain($id: ID!) { enforcement(id: $id) { id } }": typeof types.BatchEnforcementAgainDocument,
    "query BatchHostnameOnly { searchDevices(limit: 3) { items { hostname } } }": typeof types.BatchHostnameOnlyDocument,
    "query BatchHostnameById($id: ID!) { device(id: $id) { hostname } }": typeof types.BatchHostnameByIdDocument,
    "query BatchIdOnly { searchDevices(limit: 3) { items { id adapters adapterCount } } }": typeof types.BatchIdOnlyDocument,
    "fragment BatchNet on Device { ipAddresses macAddresses raw: field(path: \"specific_data.data.name\") }": typeof types.BatchNetFragmentDoc,
    "\n        query BatchManyFields {\n          searchDevices(limit: 2) { items { ...BatchNet os { type } lastSeen labels } }\n        }\n      ": typeof types.BatchManyFieldsDocument,
    "\n      query BatchRawFields($id: ID!, $path: String!) {\n        device(id: $id) {\n          serial: field(path: \"specific_data.data.device_serial\")\n          named: field(path: $path)\n        }\n      }\n    ": typeof types.BatchRawFieldsDocument,
    "query BatchRawByVariable($id: ID!, $path: String!) { device(id: $id) { value: field(path: $path) } }": typeof types.BatchRawByVariableDocument,
    "query BatchSearchRawByVariable($path: String!) { searchDevices(limit: 1) { items { value: field(path: $path) } } }": typeof types.BatchSearchRawByVariableDocument,
    "query BatchUserFields($id: ID!) { user(id: $id) { mail isAdmin raw: field(path: \"specific_data.data.domain\") } }": typeof types.BatchUserFieldsDocument,
    "\n  fragment DevScalarFields on Device {\n    id\n    hostname\n    hostnames\n    ipAddresses\n    macAddresses\n    os { type distribution }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n  }\n": typeof types.DevScalarFieldsFragmentDoc,
    "\n  query DevDeviceById($id: ID!) {\n    device(id: $id) {\n      ...DevScalarFields\n      serial: field(path: \"specific_data.data.device_serial\")\n    }\n  }\n": typeof types.DevDeviceByIdDocument,
    "\n  query DevDevicesByIds($ids: [ID!]!) {\n    devicesByIds(ids: $ids) {\n      ...DevScalarFields\n    }\n  }\n": typeof types.DevDevicesByIdsDocument,
    "\n  query DevSearch($filter: DeviceFilter, $limit: Int, $offset: Int) {\n    searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { id hostnames ipAddresses macAddresses }\n    }\n  }\n": typeof types.DevSearchDocument,
    "\n  query DevSearchWithUsers($filter: DeviceFilter, $limit: Int) {\n    searchDevices(filter: $filter, limit: $limit) {\n      items {\n        id\n        lastUsedUsers { id username }\n      }\n    }\n  }\n": typeof types.DevSearchWithUsersDocument,
    "\n        query DevSearchAllFields {\n          searchDevices(limit: 2000) {\n            totalCount\n            items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters adapterCount labels }\n          }\n        }\n      ": typeof types.DevSearchAllFieldsDocument,
    "query DevSearchDefaults { searchDevices { totalCount offset limit hasNextPage items { id } } }": typeof types.DevSearchDefaultsDocument,
    "\n  fragment EnfAllFields on Enforcement {\n    id\n    name\n    description\n    actionName\n    actionType\n    category\n    assetType\n    triggerQueryName\n    period\n    lastTriggered\n    timesTriggered\n    lastUpdated\n    updatedBy\n  }\n": typeof types.EnfAllFieldsFragmentDoc,
    "\n  query EnfById($id: ID!) {\n    enforcement(id: $id) {\n      ...EnfAllFields\n    }\n  }\n": typeof types.EnfByIdDocument,
    "\n  query EnfByIds($ids: [ID!]!) {\n    enforcementsByIds(ids: $ids) {\n      ...EnfAllFields\n    }\n  }\n": typeof types.EnfByIdsDocument,
    "\n  query EnfSearch($filter: EnforcementFilter, $limit: Int, $offset: Int) {\n    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { ...EnfAllFields }\n    }\n  }\n": typeof types.EnfSearchDocument,
    "\n  mutation RunRun($ids: [ID!]!) {\n    runEnforcements(ids: $ids) {\n      status\n      results {\n        id\n        ok\n        runId\n        enforcement { id name category }\n        outcomeUnknown\n        error { code statusCode message }\n      }\n    }\n  }\n": typeof types.RunRunDocument,
    "\n  mutation RunRunBare($ids: [ID!]!) {\n    runEnforcements(ids: $ids) {\n      status\n      results { id ok runId outcomeUnknown error { code statusCode message } }\n    }\n  }\n": typeof types.RunRunBareDocument,
    "\n  query ErrSearchDevices($filter: DeviceFilter) { searchDevices(filter: $filter, limit: 5) { totalCount items { id } } }\n": typeof types.ErrSearchDevicesDocument,
    "query ErrDevice($id: ID!) { device(id: $id) { id hostname } }": typeof types.ErrDeviceDocument,
    "query ErrDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }": typeof types.ErrDevicesByIdsDocument,
    "query ErrUser($id: ID!) { user(id: $id) { id } }": typeof types.ErrUserDocument,
    "query ErrSearchUsers { searchUsers(limit: 5) { totalCount } }": typeof types.ErrSearchUsersDocument,
    "query ErrEnforcement($id: ID!) { enforcement(id: $id) { id name } }": typeof types.ErrEnforcementDocument,
    "query ErrEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }": typeof types.ErrEnforcementsByIdsDocument,
    "query ErrSearchEnforcements { searchEnforcements { totalCount } }": typeof types.ErrSearchEnforcementsDocument,
    "\n  query ErrTestConnection { testConnection { ok serverUrl apiVersion latencyMs error { code statusCode message } } }\n": typeof types.ErrTestConnectionDocument,
    "\n    query ErrDevicesWithUsers {\n      searchDevices(limit: 100) {\n        totalCount\n        items { id hostname lastUsedUsers { id username } }\n      }\n    }\n  ": typeof types.ErrDevicesWithUsersDocument,
    "\n        query ErrSiblings($id: ID!, $uuid: ID!) {\n          device(id: $id) { id }\n          enforcement(id: $uuid) { id }\n        }\n      ": typeof types.ErrSiblingsDocument,
    "query ErrHugeCount($id: ID!) { enforcement(id: $id) { id name timesTriggered } }": typeof types.ErrHugeCountDocument,
    "\n  query UsrUserById($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      mail\n      displayName\n      domain\n      isAdmin\n      lastSeen\n      adapters\n      adapterCount\n      labels\n      usernames: field(path: \"specific_data.data.username\")\n    }\n  }\n": typeof types.UsrUserByIdDocument,
    "\n  query UsrUsersByIds($ids: [ID!]!) {\n    usersByIds(ids: $ids) { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }\n  }\n": typeof types.UsrUsersByIdsDocument,
    "\n  query UsrSearch($filter: UserFilter, $limit: Int, $offset: Int) {\n    searchUsers(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }\n    }\n  }\n": typeof types.UsrSearchDocument,
    "\n  query ValSearchDevices($filter: DeviceFilter, $limit: Int, $offset: Int) {\n    searchDevices(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n": typeof types.ValSearchDevicesDocument,
    "\n  query ValSearchUsers($filter: UserFilter, $limit: Int, $offset: Int) {\n    searchUsers(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n": typeof types.ValSearchUsersDocument,
    "\n  query ValSearchEnforcements($filter: EnforcementFilter, $limit: Int, $offset: Int) {\n    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n": typeof types.ValSearchEnforcementsDocument,
    "query ValDevice($id: ID!) { device(id: $id) { id } }": typeof types.ValDeviceDocument,
    "query ValUser($id: ID!) { user(id: $id) { id } }": typeof types.ValUserDocument,
    "query ValEnforcement($id: ID!) { enforcement(id: $id) { id } }": typeof types.ValEnforcementDocument,
    "query ValDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }": typeof types.ValDevicesByIdsDocument,
    "query ValUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }": typeof types.ValUsersByIdsDocument,
    "query ValEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }": typeof types.ValEnforcementsByIdsDocument,
    "mutation ValRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status } }": typeof types.ValRunDocument,
    "query ValBadPath($id: ID!) { device(id: $id) { id bad: field(path: \"a b;c\") } }": typeof types.ValBadPathDocument,
    "query ValProtoPaths($id: ID!) { device(id: $id) { c: field(path: \"constructor\") t: field(path: \"toString\") p: field(path: \"__proto__\") } }": typeof types.ValProtoPathsDocument,
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
    "mutation RunEnforcements($ids: [ID!]!) {\n  runEnforcements(ids: $ids) {\n    status\n    results {\n      id\n      ok\n      runId\n      outcomeUnknown\n      enforcement {\n        name\n        category\n      }\n      error {\n        code\n        statusCode\n        message\n      }\n    }\n  }\n}": types.RunEnforcementsDocument,
    "query SearchEndpoints($filter: DeviceFilter, $limit: Int = 10, $offset: Int = 0) {\n  searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n    totalCount\n    hasNextPage\n    items {\n      id\n      hostname\n      ipAddresses\n      macAddresses\n      os {\n        type\n        distribution\n      }\n      lastSeen\n      adapters\n    }\n  }\n}": types.SearchEndpointsDocument,
    "query SearchEnforcements($filter: EnforcementFilter, $limit: Int = 10) {\n  searchEnforcements(filter: $filter, limit: $limit) {\n    totalCount\n    items {\n      id\n      name\n      category\n      assetType\n      lastUpdated\n      lastTriggered\n    }\n  }\n}": types.SearchEnforcementsDocument,
    "query SearchUsers($username: String, $limit: Int = 10) {\n  searchUsers(filter: {username: $username}, limit: $limit) {\n    totalCount\n    items {\n      id\n      username\n      displayName\n      mail\n      domain\n      isAdmin\n      lastSeen\n      adapters\n    }\n  }\n}": types.SearchUsersDocument,
    "query TestConnection {\n  testConnection {\n    ok\n    serverUrl\n    apiVersion\n    latencyMs\n    error {\n      code\n      statusCode\n      message\n    }\n  }\n}": types.TestConnectionDocument,
    "query AuthCount { searchDevices(limit: 1) { totalCount } }": types.AuthCountDocument,
    "mutation AuthRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status results { id ok } } }": types.AuthRunDocument,
    "query BatchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname } }": types.BatchDevicesByIdsDocument,
    "\n        query BatchAliased(\n          $a0: ID!, $a1: ID!, $a2: ID!, $a3: ID!, $a4: ID!, $a5: ID!, $a6: ID!, $a7: ID!, $a8: ID!, $a9: ID!,\n          $b0: ID!, $b1: ID!, $b2: ID!, $b3: ID!, $b4: ID!, $b5: ID!, $b6: ID!, $b7: ID!, $b8: ID!, $b9: ID!,\n          $c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!, $c7: ID!, $c8: ID!, $c9: ID!\n        ) {\n          a0: device(id: $a0) { id hostname } a1: device(id: $a1) { id hostname } a2: device(id: $a2) { id hostname }\n          a3: device(id: $a3) { id hostname } a4: device(id: $a4) { id hostname } a5: device(id: $a5) { id hostname }\n          a6: device(id: $a6) { id hostname } a7: device(id: $a7) { id hostname } a8: device(id: $a8) { id hostname }\n          a9: device(id: $a9) { id hostname }\n          b0: device(id: $b0) { id hostname } b1: device(id: $b1) { id hostname } b2: device(id: $b2) { id hostname }\n          b3: device(id: $b3) { id hostname } b4: device(id: $b4) { id hostname } b5: device(id: $b5) { id hostname }\n          b6: device(id: $b6) { id hostname } b7: device(id: $b7) { id hostname } b8: device(id: $b8) { id hostname }\n          b9: device(id: $b9) { id hostname }\n          c0: device(id: $c0) { id hostname } c1: device(id: $c1) { id hostname } c2: device(id: $c2) { id hostname }\n          c3: device(id: $c3) { id hostname } c4: device(id: $c4) { id hostname } c5: device(id: $c5) { id hostname }\n          c6: device(id: $c6) { id hostname } c7: device(id: $c7) { id hostname } c8: device(id: $c8) { id hostname }\n          c9: device(id: $c9) { id hostname }\n        }\n      ": types.BatchAliasedDocument,
    "\n        query BatchDevicesWithUsers {\n          searchDevices(limit: 100) {\n            items { id lastUsedUsers { id username displayName } }\n          }\n        }\n      ": types.BatchDevicesWithUsersDocument,
    "\n        query BatchEnforcements($a: ID!, $b: ID!, $ids: [ID!]!) {\n          one: enforcement(id: $a) { id name }\n          two: enforcement(id: $b) { id name }\n          enforcementsByIds(ids: $ids) { id }\n          searchEnforcements(limit: 3) { totalCount items { id } }\n        }\n      ": types.BatchEnforcementsDocument,
    "query BatchEnforcementAgain($id: ID!) { enforcement(id: $id) { id } }": types.BatchEnforcementAgainDocument,
    "query BatchHostnameOnly { searchDevices(limit: 3) { items { hostname } } }": types.BatchHostnameOnlyDocument,
    "query BatchHostnameById($id: ID!) { device(id: $id) { hostname } }": types.BatchHostnameByIdDocument,
    "query BatchIdOnly { searchDevices(limit: 3) { items { id adapters adapterCount } } }": types.BatchIdOnlyDocument,
    "fragment BatchNet on Device { ipAddresses macAddresses raw: field(path: \"specific_data.data.name\") }": types.BatchNetFragmentDoc,
    "\n        query BatchManyFields {\n          searchDevices(limit: 2) { items { ...BatchNet os { type } lastSeen labels } }\n        }\n      ": types.BatchManyFieldsDocument,
    "\n      query BatchRawFields($id: ID!, $path: String!) {\n        device(id: $id) {\n          serial: field(path: \"specific_data.data.device_serial\")\n          named: field(path: $path)\n        }\n      }\n    ": types.BatchRawFieldsDocument,
    "query BatchRawByVariable($id: ID!, $path: String!) { device(id: $id) { value: field(path: $path) } }": types.BatchRawByVariableDocument,
    "query BatchSearchRawByVariable($path: String!) { searchDevices(limit: 1) { items { value: field(path: $path) } } }": types.BatchSearchRawByVariableDocument,
    "query BatchUserFields($id: ID!) { user(id: $id) { mail isAdmin raw: field(path: \"specific_data.data.domain\") } }": types.BatchUserFieldsDocument,
    "\n  fragment DevScalarFields on Device {\n    id\n    hostname\n    hostnames\n    ipAddresses\n    macAddresses\n    os { type distribution }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n  }\n": types.DevScalarFieldsFragmentDoc,
    "\n  query DevDeviceById($id: ID!) {\n    device(id: $id) {\n      ...DevScalarFields\n      serial: field(path: \"specific_data.data.device_serial\")\n    }\n  }\n": types.DevDeviceByIdDocument,
    "\n  query DevDevicesByIds($ids: [ID!]!) {\n    devicesByIds(ids: $ids) {\n      ...DevScalarFields\n    }\n  }\n": types.DevDevicesByIdsDocument,
    "\n  query DevSearch($filter: DeviceFilter, $limit: Int, $offset: Int) {\n    searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { id hostnames ipAddresses macAddresses }\n    }\n  }\n": types.DevSearchDocument,
    "\n  query DevSearchWithUsers($filter: DeviceFilter, $limit: Int) {\n    searchDevices(filter: $filter, limit: $limit) {\n      items {\n        id\n        lastUsedUsers { id username }\n      }\n    }\n  }\n": types.DevSearchWithUsersDocument,
    "\n        query DevSearchAllFields {\n          searchDevices(limit: 2000) {\n            totalCount\n            items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters adapterCount labels }\n          }\n        }\n      ": types.DevSearchAllFieldsDocument,
    "query DevSearchDefaults { searchDevices { totalCount offset limit hasNextPage items { id } } }": types.DevSearchDefaultsDocument,
    "\n  fragment EnfAllFields on Enforcement {\n    id\n    name\n    description\n    actionName\n    actionType\n    category\n    assetType\n    triggerQueryName\n    period\n    lastTriggered\n    timesTriggered\n    lastUpdated\n    updatedBy\n  }\n": types.EnfAllFieldsFragmentDoc,
    "\n  query EnfById($id: ID!) {\n    enforcement(id: $id) {\n      ...EnfAllFields\n    }\n  }\n": types.EnfByIdDocument,
    "\n  query EnfByIds($ids: [ID!]!) {\n    enforcementsByIds(ids: $ids) {\n      ...EnfAllFields\n    }\n  }\n": types.EnfByIdsDocument,
    "\n  query EnfSearch($filter: EnforcementFilter, $limit: Int, $offset: Int) {\n    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { ...EnfAllFields }\n    }\n  }\n": types.EnfSearchDocument,
    "\n  mutation RunRun($ids: [ID!]!) {\n    runEnforcements(ids: $ids) {\n      status\n      results {\n        id\n        ok\n        runId\n        enforcement { id name category }\n        outcomeUnknown\n        error { code statusCode message }\n      }\n    }\n  }\n": types.RunRunDocument,
    "\n  mutation RunRunBare($ids: [ID!]!) {\n    runEnforcements(ids: $ids) {\n      status\n      results { id ok runId outcomeUnknown error { code statusCode message } }\n    }\n  }\n": types.RunRunBareDocument,
    "\n  query ErrSearchDevices($filter: DeviceFilter) { searchDevices(filter: $filter, limit: 5) { totalCount items { id } } }\n": types.ErrSearchDevicesDocument,
    "query ErrDevice($id: ID!) { device(id: $id) { id hostname } }": types.ErrDeviceDocument,
    "query ErrDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }": types.ErrDevicesByIdsDocument,
    "query ErrUser($id: ID!) { user(id: $id) { id } }": types.ErrUserDocument,
    "query ErrSearchUsers { searchUsers(limit: 5) { totalCount } }": types.ErrSearchUsersDocument,
    "query ErrEnforcement($id: ID!) { enforcement(id: $id) { id name } }": types.ErrEnforcementDocument,
    "query ErrEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }": types.ErrEnforcementsByIdsDocument,
    "query ErrSearchEnforcements { searchEnforcements { totalCount } }": types.ErrSearchEnforcementsDocument,
    "\n  query ErrTestConnection { testConnection { ok serverUrl apiVersion latencyMs error { code statusCode message } } }\n": types.ErrTestConnectionDocument,
    "\n    query ErrDevicesWithUsers {\n      searchDevices(limit: 100) {\n        totalCount\n        items { id hostname lastUsedUsers { id username } }\n      }\n    }\n  ": types.ErrDevicesWithUsersDocument,
    "\n        query ErrSiblings($id: ID!, $uuid: ID!) {\n          device(id: $id) { id }\n          enforcement(id: $uuid) { id }\n        }\n      ": types.ErrSiblingsDocument,
    "query ErrHugeCount($id: ID!) { enforcement(id: $id) { id name timesTriggered } }": types.ErrHugeCountDocument,
    "\n  query UsrUserById($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      mail\n      displayName\n      domain\n      isAdmin\n      lastSeen\n      adapters\n      adapterCount\n      labels\n      usernames: field(path: \"specific_data.data.username\")\n    }\n  }\n": types.UsrUserByIdDocument,
    "\n  query UsrUsersByIds($ids: [ID!]!) {\n    usersByIds(ids: $ids) { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }\n  }\n": types.UsrUsersByIdsDocument,
    "\n  query UsrSearch($filter: UserFilter, $limit: Int, $offset: Int) {\n    searchUsers(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }\n    }\n  }\n": types.UsrSearchDocument,
    "\n  query ValSearchDevices($filter: DeviceFilter, $limit: Int, $offset: Int) {\n    searchDevices(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n": types.ValSearchDevicesDocument,
    "\n  query ValSearchUsers($filter: UserFilter, $limit: Int, $offset: Int) {\n    searchUsers(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n": types.ValSearchUsersDocument,
    "\n  query ValSearchEnforcements($filter: EnforcementFilter, $limit: Int, $offset: Int) {\n    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n": types.ValSearchEnforcementsDocument,
    "query ValDevice($id: ID!) { device(id: $id) { id } }": types.ValDeviceDocument,
    "query ValUser($id: ID!) { user(id: $id) { id } }": types.ValUserDocument,
    "query ValEnforcement($id: ID!) { enforcement(id: $id) { id } }": types.ValEnforcementDocument,
    "query ValDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }": types.ValDevicesByIdsDocument,
    "query ValUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }": types.ValUsersByIdsDocument,
    "query ValEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }": types.ValEnforcementsByIdsDocument,
    "mutation ValRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status } }": types.ValRunDocument,
    "query ValBadPath($id: ID!) { device(id: $id) { id bad: field(path: \"a b;c\") } }": types.ValBadPathDocument,
    "query ValProtoPaths($id: ID!) { device(id: $id) { c: field(path: \"constructor\") t: field(path: \"toString\") p: field(path: \"__proto__\") } }": types.ValProtoPathsDocument,
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
export function graphql(source: "mutation RunEnforcements($ids: [ID!]!) {\n  runEnforcements(ids: $ids) {\n    status\n    results {\n      id\n      ok\n      runId\n      outcomeUnknown\n      enforcement {\n        name\n        category\n      }\n      error {\n        code\n        statusCode\n        message\n      }\n    }\n  }\n}"): (typeof documents)["mutation RunEnforcements($ids: [ID!]!) {\n  runEnforcements(ids: $ids) {\n    status\n    results {\n      id\n      ok\n      runId\n      outcomeUnknown\n      enforcement {\n        name\n        category\n      }\n      error {\n        code\n        statusCode\n        message\n      }\n    }\n  }\n}"];
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
export function graphql(source: "query AuthCount { searchDevices(limit: 1) { totalCount } }"): (typeof documents)["query AuthCount { searchDevices(limit: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status results { id ok } } }"): (typeof documents)["mutation AuthRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status results { id ok } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname } }"): (typeof documents)["query BatchDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id hostname } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BatchAliased(\n          $a0: ID!, $a1: ID!, $a2: ID!, $a3: ID!, $a4: ID!, $a5: ID!, $a6: ID!, $a7: ID!, $a8: ID!, $a9: ID!,\n          $b0: ID!, $b1: ID!, $b2: ID!, $b3: ID!, $b4: ID!, $b5: ID!, $b6: ID!, $b7: ID!, $b8: ID!, $b9: ID!,\n          $c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!, $c7: ID!, $c8: ID!, $c9: ID!\n        ) {\n          a0: device(id: $a0) { id hostname } a1: device(id: $a1) { id hostname } a2: device(id: $a2) { id hostname }\n          a3: device(id: $a3) { id hostname } a4: device(id: $a4) { id hostname } a5: device(id: $a5) { id hostname }\n          a6: device(id: $a6) { id hostname } a7: device(id: $a7) { id hostname } a8: device(id: $a8) { id hostname }\n          a9: device(id: $a9) { id hostname }\n          b0: device(id: $b0) { id hostname } b1: device(id: $b1) { id hostname } b2: device(id: $b2) { id hostname }\n          b3: device(id: $b3) { id hostname } b4: device(id: $b4) { id hostname } b5: device(id: $b5) { id hostname }\n          b6: device(id: $b6) { id hostname } b7: device(id: $b7) { id hostname } b8: device(id: $b8) { id hostname }\n          b9: device(id: $b9) { id hostname }\n          c0: device(id: $c0) { id hostname } c1: device(id: $c1) { id hostname } c2: device(id: $c2) { id hostname }\n          c3: device(id: $c3) { id hostname } c4: device(id: $c4) { id hostname } c5: device(id: $c5) { id hostname }\n          c6: device(id: $c6) { id hostname } c7: device(id: $c7) { id hostname } c8: device(id: $c8) { id hostname }\n          c9: device(id: $c9) { id hostname }\n        }\n      "): (typeof documents)["\n        query BatchAliased(\n          $a0: ID!, $a1: ID!, $a2: ID!, $a3: ID!, $a4: ID!, $a5: ID!, $a6: ID!, $a7: ID!, $a8: ID!, $a9: ID!,\n          $b0: ID!, $b1: ID!, $b2: ID!, $b3: ID!, $b4: ID!, $b5: ID!, $b6: ID!, $b7: ID!, $b8: ID!, $b9: ID!,\n          $c0: ID!, $c1: ID!, $c2: ID!, $c3: ID!, $c4: ID!, $c5: ID!, $c6: ID!, $c7: ID!, $c8: ID!, $c9: ID!\n        ) {\n          a0: device(id: $a0) { id hostname } a1: device(id: $a1) { id hostname } a2: device(id: $a2) { id hostname }\n          a3: device(id: $a3) { id hostname } a4: device(id: $a4) { id hostname } a5: device(id: $a5) { id hostname }\n          a6: device(id: $a6) { id hostname } a7: device(id: $a7) { id hostname } a8: device(id: $a8) { id hostname }\n          a9: device(id: $a9) { id hostname }\n          b0: device(id: $b0) { id hostname } b1: device(id: $b1) { id hostname } b2: device(id: $b2) { id hostname }\n          b3: device(id: $b3) { id hostname } b4: device(id: $b4) { id hostname } b5: device(id: $b5) { id hostname }\n          b6: device(id: $b6) { id hostname } b7: device(id: $b7) { id hostname } b8: device(id: $b8) { id hostname }\n          b9: device(id: $b9) { id hostname }\n          c0: device(id: $c0) { id hostname } c1: device(id: $c1) { id hostname } c2: device(id: $c2) { id hostname }\n          c3: device(id: $c3) { id hostname } c4: device(id: $c4) { id hostname } c5: device(id: $c5) { id hostname }\n          c6: device(id: $c6) { id hostname } c7: device(id: $c7) { id hostname } c8: device(id: $c8) { id hostname }\n          c9: device(id: $c9) { id hostname }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BatchDevicesWithUsers {\n          searchDevices(limit: 100) {\n            items { id lastUsedUsers { id username displayName } }\n          }\n        }\n      "): (typeof documents)["\n        query BatchDevicesWithUsers {\n          searchDevices(limit: 100) {\n            items { id lastUsedUsers { id username displayName } }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BatchEnforcements($a: ID!, $b: ID!, $ids: [ID!]!) {\n          one: enforcement(id: $a) { id name }\n          two: enforcement(id: $b) { id name }\n          enforcementsByIds(ids: $ids) { id }\n          searchEnforcements(limit: 3) { totalCount items { id } }\n        }\n      "): (typeof documents)["\n        query BatchEnforcements($a: ID!, $b: ID!, $ids: [ID!]!) {\n          one: enforcement(id: $a) { id name }\n          two: enforcement(id: $b) { id name }\n          enforcementsByIds(ids: $ids) { id }\n          searchEnforcements(limit: 3) { totalCount items { id } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchEnforcementAgain($id: ID!) { enforcement(id: $id) { id } }"): (typeof documents)["query BatchEnforcementAgain($id: ID!) { enforcement(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchHostnameOnly { searchDevices(limit: 3) { items { hostname } } }"): (typeof documents)["query BatchHostnameOnly { searchDevices(limit: 3) { items { hostname } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchHostnameById($id: ID!) { device(id: $id) { hostname } }"): (typeof documents)["query BatchHostnameById($id: ID!) { device(id: $id) { hostname } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchIdOnly { searchDevices(limit: 3) { items { id adapters adapterCount } } }"): (typeof documents)["query BatchIdOnly { searchDevices(limit: 3) { items { id adapters adapterCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BatchNet on Device { ipAddresses macAddresses raw: field(path: \"specific_data.data.name\") }"): (typeof documents)["fragment BatchNet on Device { ipAddresses macAddresses raw: field(path: \"specific_data.data.name\") }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query BatchManyFields {\n          searchDevices(limit: 2) { items { ...BatchNet os { type } lastSeen labels } }\n        }\n      "): (typeof documents)["\n        query BatchManyFields {\n          searchDevices(limit: 2) { items { ...BatchNet os { type } lastSeen labels } }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BatchRawFields($id: ID!, $path: String!) {\n        device(id: $id) {\n          serial: field(path: \"specific_data.data.device_serial\")\n          named: field(path: $path)\n        }\n      }\n    "): (typeof documents)["\n      query BatchRawFields($id: ID!, $path: String!) {\n        device(id: $id) {\n          serial: field(path: \"specific_data.data.device_serial\")\n          named: field(path: $path)\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchRawByVariable($id: ID!, $path: String!) { device(id: $id) { value: field(path: $path) } }"): (typeof documents)["query BatchRawByVariable($id: ID!, $path: String!) { device(id: $id) { value: field(path: $path) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchSearchRawByVariable($path: String!) { searchDevices(limit: 1) { items { value: field(path: $path) } } }"): (typeof documents)["query BatchSearchRawByVariable($path: String!) { searchDevices(limit: 1) { items { value: field(path: $path) } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BatchUserFields($id: ID!) { user(id: $id) { mail isAdmin raw: field(path: \"specific_data.data.domain\") } }"): (typeof documents)["query BatchUserFields($id: ID!) { user(id: $id) { mail isAdmin raw: field(path: \"specific_data.data.domain\") } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DevScalarFields on Device {\n    id\n    hostname\n    hostnames\n    ipAddresses\n    macAddresses\n    os { type distribution }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n  }\n"): (typeof documents)["\n  fragment DevScalarFields on Device {\n    id\n    hostname\n    hostnames\n    ipAddresses\n    macAddresses\n    os { type distribution }\n    lastSeen\n    adapters\n    adapterCount\n    labels\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevDeviceById($id: ID!) {\n    device(id: $id) {\n      ...DevScalarFields\n      serial: field(path: \"specific_data.data.device_serial\")\n    }\n  }\n"): (typeof documents)["\n  query DevDeviceById($id: ID!) {\n    device(id: $id) {\n      ...DevScalarFields\n      serial: field(path: \"specific_data.data.device_serial\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevDevicesByIds($ids: [ID!]!) {\n    devicesByIds(ids: $ids) {\n      ...DevScalarFields\n    }\n  }\n"): (typeof documents)["\n  query DevDevicesByIds($ids: [ID!]!) {\n    devicesByIds(ids: $ids) {\n      ...DevScalarFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevSearch($filter: DeviceFilter, $limit: Int, $offset: Int) {\n    searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { id hostnames ipAddresses macAddresses }\n    }\n  }\n"): (typeof documents)["\n  query DevSearch($filter: DeviceFilter, $limit: Int, $offset: Int) {\n    searchDevices(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { id hostnames ipAddresses macAddresses }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevSearchWithUsers($filter: DeviceFilter, $limit: Int) {\n    searchDevices(filter: $filter, limit: $limit) {\n      items {\n        id\n        lastUsedUsers { id username }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevSearchWithUsers($filter: DeviceFilter, $limit: Int) {\n    searchDevices(filter: $filter, limit: $limit) {\n      items {\n        id\n        lastUsedUsers { id username }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query DevSearchAllFields {\n          searchDevices(limit: 2000) {\n            totalCount\n            items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters adapterCount labels }\n          }\n        }\n      "): (typeof documents)["\n        query DevSearchAllFields {\n          searchDevices(limit: 2000) {\n            totalCount\n            items { id hostname hostnames ipAddresses macAddresses os { type distribution } lastSeen adapters adapterCount labels }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DevSearchDefaults { searchDevices { totalCount offset limit hasNextPage items { id } } }"): (typeof documents)["query DevSearchDefaults { searchDevices { totalCount offset limit hasNextPage items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnfAllFields on Enforcement {\n    id\n    name\n    description\n    actionName\n    actionType\n    category\n    assetType\n    triggerQueryName\n    period\n    lastTriggered\n    timesTriggered\n    lastUpdated\n    updatedBy\n  }\n"): (typeof documents)["\n  fragment EnfAllFields on Enforcement {\n    id\n    name\n    description\n    actionName\n    actionType\n    category\n    assetType\n    triggerQueryName\n    period\n    lastTriggered\n    timesTriggered\n    lastUpdated\n    updatedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnfById($id: ID!) {\n    enforcement(id: $id) {\n      ...EnfAllFields\n    }\n  }\n"): (typeof documents)["\n  query EnfById($id: ID!) {\n    enforcement(id: $id) {\n      ...EnfAllFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnfByIds($ids: [ID!]!) {\n    enforcementsByIds(ids: $ids) {\n      ...EnfAllFields\n    }\n  }\n"): (typeof documents)["\n  query EnfByIds($ids: [ID!]!) {\n    enforcementsByIds(ids: $ids) {\n      ...EnfAllFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnfSearch($filter: EnforcementFilter, $limit: Int, $offset: Int) {\n    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { ...EnfAllFields }\n    }\n  }\n"): (typeof documents)["\n  query EnfSearch($filter: EnforcementFilter, $limit: Int, $offset: Int) {\n    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { ...EnfAllFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRun($ids: [ID!]!) {\n    runEnforcements(ids: $ids) {\n      status\n      results {\n        id\n        ok\n        runId\n        enforcement { id name category }\n        outcomeUnknown\n        error { code statusCode message }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RunRun($ids: [ID!]!) {\n    runEnforcements(ids: $ids) {\n      status\n      results {\n        id\n        ok\n        runId\n        enforcement { id name category }\n        outcomeUnknown\n        error { code statusCode message }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunRunBare($ids: [ID!]!) {\n    runEnforcements(ids: $ids) {\n      status\n      results { id ok runId outcomeUnknown error { code statusCode message } }\n    }\n  }\n"): (typeof documents)["\n  mutation RunRunBare($ids: [ID!]!) {\n    runEnforcements(ids: $ids) {\n      status\n      results { id ok runId outcomeUnknown error { code statusCode message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrSearchDevices($filter: DeviceFilter) { searchDevices(filter: $filter, limit: 5) { totalCount items { id } } }\n"): (typeof documents)["\n  query ErrSearchDevices($filter: DeviceFilter) { searchDevices(filter: $filter, limit: 5) { totalCount items { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrDevice($id: ID!) { device(id: $id) { id hostname } }"): (typeof documents)["query ErrDevice($id: ID!) { device(id: $id) { id hostname } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }"): (typeof documents)["query ErrDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrUser($id: ID!) { user(id: $id) { id } }"): (typeof documents)["query ErrUser($id: ID!) { user(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrSearchUsers { searchUsers(limit: 5) { totalCount } }"): (typeof documents)["query ErrSearchUsers { searchUsers(limit: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrEnforcement($id: ID!) { enforcement(id: $id) { id name } }"): (typeof documents)["query ErrEnforcement($id: ID!) { enforcement(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }"): (typeof documents)["query ErrEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrSearchEnforcements { searchEnforcements { totalCount } }"): (typeof documents)["query ErrSearchEnforcements { searchEnforcements { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrTestConnection { testConnection { ok serverUrl apiVersion latencyMs error { code statusCode message } } }\n"): (typeof documents)["\n  query ErrTestConnection { testConnection { ok serverUrl apiVersion latencyMs error { code statusCode message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ErrDevicesWithUsers {\n      searchDevices(limit: 100) {\n        totalCount\n        items { id hostname lastUsedUsers { id username } }\n      }\n    }\n  "): (typeof documents)["\n    query ErrDevicesWithUsers {\n      searchDevices(limit: 100) {\n        totalCount\n        items { id hostname lastUsedUsers { id username } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ErrSiblings($id: ID!, $uuid: ID!) {\n          device(id: $id) { id }\n          enforcement(id: $uuid) { id }\n        }\n      "): (typeof documents)["\n        query ErrSiblings($id: ID!, $uuid: ID!) {\n          device(id: $id) { id }\n          enforcement(id: $uuid) { id }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ErrHugeCount($id: ID!) { enforcement(id: $id) { id name timesTriggered } }"): (typeof documents)["query ErrHugeCount($id: ID!) { enforcement(id: $id) { id name timesTriggered } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsrUserById($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      mail\n      displayName\n      domain\n      isAdmin\n      lastSeen\n      adapters\n      adapterCount\n      labels\n      usernames: field(path: \"specific_data.data.username\")\n    }\n  }\n"): (typeof documents)["\n  query UsrUserById($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      mail\n      displayName\n      domain\n      isAdmin\n      lastSeen\n      adapters\n      adapterCount\n      labels\n      usernames: field(path: \"specific_data.data.username\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsrUsersByIds($ids: [ID!]!) {\n    usersByIds(ids: $ids) { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }\n  }\n"): (typeof documents)["\n  query UsrUsersByIds($ids: [ID!]!) {\n    usersByIds(ids: $ids) { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsrSearch($filter: UserFilter, $limit: Int, $offset: Int) {\n    searchUsers(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }\n    }\n  }\n"): (typeof documents)["\n  query UsrSearch($filter: UserFilter, $limit: Int, $offset: Int) {\n    searchUsers(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      offset\n      limit\n      hasNextPage\n      items { id username mail displayName domain isAdmin lastSeen adapters adapterCount labels }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValSearchDevices($filter: DeviceFilter, $limit: Int, $offset: Int) {\n    searchDevices(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n"): (typeof documents)["\n  query ValSearchDevices($filter: DeviceFilter, $limit: Int, $offset: Int) {\n    searchDevices(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValSearchUsers($filter: UserFilter, $limit: Int, $offset: Int) {\n    searchUsers(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n"): (typeof documents)["\n  query ValSearchUsers($filter: UserFilter, $limit: Int, $offset: Int) {\n    searchUsers(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ValSearchEnforcements($filter: EnforcementFilter, $limit: Int, $offset: Int) {\n    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n"): (typeof documents)["\n  query ValSearchEnforcements($filter: EnforcementFilter, $limit: Int, $offset: Int) {\n    searchEnforcements(filter: $filter, limit: $limit, offset: $offset) { totalCount items { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ValDevice($id: ID!) { device(id: $id) { id } }"): (typeof documents)["query ValDevice($id: ID!) { device(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ValUser($id: ID!) { user(id: $id) { id } }"): (typeof documents)["query ValUser($id: ID!) { user(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ValEnforcement($id: ID!) { enforcement(id: $id) { id } }"): (typeof documents)["query ValEnforcement($id: ID!) { enforcement(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ValDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }"): (typeof documents)["query ValDevicesByIds($ids: [ID!]!) { devicesByIds(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ValUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }"): (typeof documents)["query ValUsersByIds($ids: [ID!]!) { usersByIds(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ValEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }"): (typeof documents)["query ValEnforcementsByIds($ids: [ID!]!) { enforcementsByIds(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ValRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status } }"): (typeof documents)["mutation ValRun($ids: [ID!]!) { runEnforcements(ids: $ids) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ValBadPath($id: ID!) { device(id: $id) { id bad: field(path: \"a b;c\") } }"): (typeof documents)["query ValBadPath($id: ID!) { device(id: $id) { id bad: field(path: \"a b;c\") } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ValProtoPaths($id: ID!) { device(id: $id) { c: field(path: \"constructor\") t: field(path: \"toString\") p: field(path: \"__proto__\") } }"): (typeof documents)["query ValProtoPaths($id: ID!) { device(id: $id) { c: field(path: \"constructor\") t: field(path: \"toString\") p: field(path: \"__proto__\") } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;