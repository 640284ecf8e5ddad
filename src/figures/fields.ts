import type { Qualifier } from './qualifiers.js'

/** The figure part of a claim as an editor may give it: any subset, reconciled by `completeFigure`. */
export interface FigureFields {
  phrase?: string | null
  value?: number | null
  lower?: number | null
  upper?: number | null
  qualifier?: Qualifier | null
  unit?: string | null
}

/** A figure with every field settled; bounds follow the qualifier (see bounds.ts). */
export interface CompleteFigure {
  phrase: string
  value: number
  lower: number | null
  upper: number | null
  qualifier: Qualifier
  unit: string | null
  /** Set for a vague amount read from the phrase ("dozens of homes"). */
  vague?: true
}
