/** Lays rows out as a plain-text table with aligned columns; the first row is the header. */
export function textTable(rows: string[][], maxWidth = 60): string {
  const cells = rows.map((row) => row.map((cell) => clip(cell, maxWidth)))
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  return [
    line(cells[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n')
}

function clip(cell: string, width: number): string {
  return cell.length > width ? `${cell.slice(0, width - 1)}…` : cell
}
