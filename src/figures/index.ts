export { BOUND_RULE, boundsFor, type BoundRule } from './bounds.js'
export { completeFigure, type CompleteFigureResult, type FigureError } from './complete.js'
export type { CompleteFigure, FigureFields } from './fields.js'
export { formatFigurePhrase } from './format.js'
export { numberWordValue } from './numberWords.js'
export { parseFigurePhrase, type ParsedFigure } from './parse.js'
export { findQuantities, type Quantity } from './quantities.js'
export { QUALIFIERS, QUALIFIER_WORDING, isQualifier, type Qualifier } from './qualifiers.js'
export { attributionWords, defaultFigureStatement } from './attributionWords.js'
export { ATTRIBUTION_VERBS } from '../claims/claimModel.js'
export {
  canonicalUnit,
  convertMeasure,
  isMeasureUnit,
  isTimeOffset,
  measureKind,
  measureUnitAt,
  writeMeasureUnit,
} from './units.js'
