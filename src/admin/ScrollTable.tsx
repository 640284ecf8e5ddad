'use client'
import type { ReactNode } from 'react'

import type { NewsroomKey } from '../i18n/translations.js'
import { useNewsroomWords } from './useNewsroomWords.js'

/**
 * A data table that scrolls sideways on its own when it is wider than the panel: a labelled region a
 * keyboard can focus (and scroll), with its column headings.
 */
export function ScrollTable({
  label,
  columns,
  children,
}: {
  /** What the table shows, for the region's name. */
  label: string
  /** The columns' headings, as translation keys. */
  columns: readonly NewsroomKey[]
  /** The rows. */
  children: ReactNode
}) {
  const say = useNewsroomWords()
  return (
    <div className="newsroom-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className="newsroom-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {say(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
