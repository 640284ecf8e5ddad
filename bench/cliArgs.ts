/** `--name value` and `--flag` arguments of the bench scripts (after `npm run x --`). */
export function parseArgs(argv: string[]): Record<string, string | true> {
  const args: Record<string, string | true> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}".`)
    const next = argv[i + 1]
    if (next !== undefined && !next.startsWith('--')) {
      args[arg.slice(2)] = next
      i++
    } else args[arg.slice(2)] = true
  }
  return args
}

export function numberList(value: string | true | undefined, fallback: number[]): number[] {
  if (value === undefined || value === true) return fallback
  const list = value.split(',').map((v) => Number(v.replace(/_/g, '')))
  if (list.some((n) => !Number.isInteger(n) || n < 0))
    throw new Error(`Not a list of whole numbers: "${value}".`)
  return list
}
