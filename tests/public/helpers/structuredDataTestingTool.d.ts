/** structured-data-testing-tool ships no types; these are the parts the tests use. */
declare module 'structured-data-testing-tool' {
  const sdtt: { structuredDataTest: (input: string, options: object) => Promise<unknown> }
  export default sdtt
}
declare module 'structured-data-testing-tool/presets.js' {
  const presets: { Google: object }
  export default presets
}
declare module 'structured-data-testing-tool/presets/google/schemas/CreativeWork/Article.js' {
  const articles: { _articlePrototype: (schema: string) => object }
  export default articles
}
