import type { ClaimSubstance, ParsedFigureField } from '../claims/claimModel.js'
import type { Qualifier } from './qualifiers.js'

/** The figure part of a claim as an editor may give it: any subset, reconciled by `completeFigure`. */
export type FigureFields = Partial<Pick<ClaimSubstance, ParsedFigureField>>

/** A figure with every field settled; bounds follow the qualifier (see bounds.ts). */
export type CompleteFigure = Required<Omit<FigureFields, 'phrase' | 'value' | 'qualifier'>> & {
  phrase: string
  value: number
  qualifier: Qualifier
}
