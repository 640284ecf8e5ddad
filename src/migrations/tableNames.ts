/**
 * The table names Payload's SQL adapters give a collection's data: the slug in snake_case
 * (`newsroom-claims` → `newsroom_claims`), versions in `_<name>_v`, an array field in
 * `<name>_<field>` (versions: `_<name>_v_version_<field>`). Collections given their own `dbName` are
 * not covered; the plugin's collections have none.
 */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase()
}

export interface CollectionTables {
  main: string
  versions: string
  /** The table of an array field, on the collection and on its versions. */
  array: (field: string) => { main: string; versions: string }
}

export function collectionTables(slug: string): CollectionTables {
  const main = snakeCase(slug)
  return {
    main,
    versions: `_${main}_v`,
    array: (field) => ({
      main: `${main}_${snakeCase(field)}`,
      versions: `_${main}_v_version_${snakeCase(field)}`,
    }),
  }
}
