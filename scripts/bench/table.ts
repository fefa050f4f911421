/**
 * The one table `npm run bench` prints: a row per measure, its median, its
 * spread and, where there is one, the goal and whether it is met.
 */
import type { Summary } from './stats.ts'

/** One printed measure. */
export interface Row {
  section: 'corpus' | 'engine' | 'site' | 'page'
  measure: string
  /** Articles the measure was taken on, or `null`. */
  articles: number | null
  value: string
  /** Spread of the samples, e.g. `IQR 1.2–1.3, range 1.1–1.5 (n=9)`. */
  spread: string
  goal: string
  /** `true` met, `false` short, `null` no goal. */
  met: boolean | null
}

/** A number with `digits` decimals. */
export const fixed = (value: number, digits = 2): string => value.toFixed(digits)

/** The spread of a summary: interquartile range and full range. */
export function spread(summary: Summary, digits = 2): string {
  if (summary.n < 2) return 'n=1'
  const f = (value: number) => value.toFixed(digits)
  return `IQR ${f(summary.q1)}–${f(summary.q3)}, range ${f(summary.min)}–${f(summary.max)} (n=${summary.n})`
}

/** Render `rows` as aligned plain text. */
export function formatTable(rows: ReadonlyArray<Row>): string {
  const cells = rows.map((row) => [
    row.section,
    row.measure,
    row.articles === null ? '' : String(row.articles),
    row.value,
    row.goal,
    row.met === null ? '' : row.met ? 'ok' : 'SHORT',
    row.spread
  ])
  const header = ['section', 'measure', 'N', 'median', 'goal', '', 'spread']
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => cell[i]!.length)))
  const right = new Set([2, 3])
  const line = (cell: string[]) =>
    cell
      .map((text, i) => (right.has(i) ? text.padStart(widths[i]!) : text.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n')
}
