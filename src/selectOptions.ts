/** Select options labelled from their camelCase values: "militantGroup" → "Militant Group". */
export function selectOptions(values: readonly string[]): { label: string; value: string }[] {
  return values.map((value) => ({
    label: value.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase()),
    value,
  }))
}
