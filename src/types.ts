/**
 * `payload-plugin-newsroom/types`: the plugin's types only, no runtime code, for apps and programs that
 * read the public API or build on the plugin's options without loading it.
 */
export type {
  NewsroomPluginOptions,
  NewsroomSlugs,
  PublicApiOptions,
  ResolvedNewsroomOptions,
  ResolvedPublicApiOptions,
} from './options.js'
export type { MaybeUser, Role } from './access/roles.js'
export type { Action, PublicState, ReviewState } from './workflow/states.js'
/** Every type of the public API's documents (src/public/types.ts is their one home). */
export type * from './public/types.js'
export type { Interval } from './figures/figureInterval.js'
export type {
  ComparedClaim,
  FigureClaim,
  FigureSource,
  MetricComparison,
} from './figures/compareFigures.js'
export type { CompleteFigure, FigureFields, ParsedFigure, Qualifier } from './figures/index.js'
export type { Suggestion } from './extract/index.js'
