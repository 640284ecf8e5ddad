/**
 * `payload-plugin-newsroom/migrations`: what your app's migrations need when a plugin release changes
 * stored data. No runtime dependencies: each helper gives SQL for your migration to run, or works on the
 * MongoDB adapter it is given. See the README's "Upgrading".
 */
export { claimEndedAtStatements, fillClaimEndedAtMongo, type SqlDialect } from './claimEndedAt.js'
export { collectionTables, snakeCase, type CollectionTables } from './tableNames.js'
