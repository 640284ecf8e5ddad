'use client'
import {
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import type { FigureSource } from '../figures/compareFigures.js'
import type { MetricTimeline, TimelinePoint } from '../figures/figureTimeline.js'

/** Distinct, dark enough on white for lines and markers (WCAG 3:1 for graphics). */
const COLOURS = ['#1f5fa8', '#b3261e', '#2e7d32', '#7b1fa2', '#a15c00', '#00695c', '#5d4037']

const STATE_WORDS: Record<string, string> = {
  approved: 'approved',
  retracted: 'retracted',
  superseded: 'superseded',
  draft: 'draft',
  pending: 'pending review',
}

const fmt = (n: number) => n.toLocaleString('en')
const day = (t: number) =>
  new Date(t).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  })

interface Datum {
  t: number
  y: number
  /** Distance from y down and up to the interval's ends (an open end reaches the chart's edge). */
  err: [number, number]
  point: TimelinePoint
  series: string
}

type Named = FigureSource & {
  name?: string | null
  anonymous?: boolean | null
  publicDescription?: string | null
}
const sourceName = (s: Named | null) =>
  s ? (s.anonymous ? (s.publicDescription ?? s.name) : s.name) || `Source ${s.id}` : 'Unattributed'

/** A marker per state: filled (standing), hollow (superseded), a cross (retracted), dashed (not yet public). */
function Marker(props: { cx?: number; cy?: number; fill?: string; payload?: Datum }) {
  const { cx, cy, fill, payload } = props
  if (cx == null || cy == null || !payload) return <g />
  const state = payload.point.state
  if (state === 'retracted') {
    return (
      <g data-point-state="retracted" stroke={fill} strokeWidth={2.5}>
        <line x1={cx - 6} y1={cy - 6} x2={cx + 6} y2={cy + 6} />
        <line x1={cx - 6} y1={cy + 6} x2={cx + 6} y2={cy - 6} />
      </g>
    )
  }
  const hollow = state !== 'approved'
  return (
    <circle
      data-point-state={state}
      cx={cx}
      cy={cy}
      r={6}
      fill={hollow ? '#fff' : fill}
      stroke={fill}
      strokeWidth={2}
      strokeDasharray={state === 'draft' || state === 'pending' ? '2 2' : undefined}
    />
  )
}

function PointTip({ active, payload }: { active?: boolean; payload?: { payload: Datum }[] }) {
  const d = active ? payload?.[0]?.payload : undefined
  if (!d) return null
  return (
    <div className="newsroom-chart-tip">
      <strong>{d.point.phrase ?? (d.point.value !== null ? fmt(d.point.value) : '')}</strong>
      <div>{d.series}</div>
      <div>
        {day(d.t)} UTC · {STATE_WORDS[d.point.state] ?? d.point.state}
      </div>
    </div>
  )
}

/**
 * One metric's figures over time, one line per source: each point at its stated value with a bar
 * for the interval its qualifier allows ("at least 155" reaches up to the chart's edge, "nearly 500"
 * just below 500, a range from end to end). Retracted points are crosses, superseded ones hollow.
 * Recharts (SVG, React 19); the same data follows as a table for screen readers and for reading.
 */
export function FigureTimelineChart<S extends Named>({
  timeline,
}: {
  timeline: MetricTimeline<S>
}) {
  const points = timeline.series.flatMap((s) => s.points)
  const numbers = points.flatMap((p) =>
    [p.value, p.interval.lower, p.interval.upper].filter((n): n is number => n !== null),
  )
  const min = Math.min(...numbers)
  const max = Math.max(...numbers)
  const pad = Math.max((max - min) * 0.15, max * 0.05, 1)
  const bottom = Math.max(0, Math.floor(min - pad))
  const top = Math.ceil(max + pad)
  const series = timeline.series.map((s, i) => ({
    name: sourceName(s.source),
    colour: COLOURS[i % COLOURS.length],
    data: s.points.map((p): Datum => {
      const y = p.value ?? p.interval.lower ?? p.interval.upper ?? 0
      return {
        t: Date.parse(p.at),
        y,
        err: [y - (p.interval.lower ?? bottom), (p.interval.upper ?? top) - y],
        point: p,
        series: sourceName(s.source),
      }
    }),
  }))
  const times = points.map((p) => Date.parse(p.at))
  const span = Math.max(...times) - Math.min(...times)
  const timePad = Math.max(span * 0.05, 30 * 60_000)
  const titleId = `newsroom-chart-${timeline.metric}`
  return (
    <figure
      className="newsroom-chart"
      data-timeline-metric={timeline.metric}
      aria-labelledby={titleId}
    >
      <figcaption id={titleId}>
        {timeline.metric}
        {timeline.units.length ? ` (${timeline.units.join(', ')})` : ''} over time, by source
      </figcaption>
      <div className="newsroom-chart__plot" aria-hidden="true">
        <ResponsiveContainer
          width="100%"
          height={260}
          initialDimension={{ width: 600, height: 260 }}
        >
          <ScatterChart
            margin={{ top: 12, right: 16, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#ddd" />
            <XAxis
              type="number"
              dataKey="t"
              scale="time"
              domain={[Math.min(...times) - timePad, Math.max(...times) + timePad]}
              tickFormatter={day}
              tick={{ fontSize: 11, fill: '#333' }}
              name="Time"
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[bottom, top]}
              allowDataOverflow
              tickFormatter={fmt}
              tick={{ fontSize: 11, fill: '#333' }}
              width={56}
              name="Value"
            />
            <Tooltip content={<PointTip />} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {/* Each interval as a two-point line of its own, under the markers. */}
            {series.flatMap((s) =>
              s.data.map((d) => (
                <Scatter
                  key={`interval-${String(d.point.claim)}`}
                  data={[
                    { t: d.t, y: d.y - d.err[0] },
                    { t: d.t, y: d.y + d.err[1] },
                  ]}
                  line={{ stroke: s.colour, strokeWidth: 3, strokeOpacity: 0.45 }}
                  shape={() => <g />}
                  legendType="none"
                  tooltipType="none"
                  isAnimationActive={false}
                  className="newsroom-chart__interval"
                />
              )),
            )}
            {series.map((s) => (
              <Scatter
                key={s.name}
                name={s.name}
                data={s.data}
                fill={s.colour}
                line={{ stroke: s.colour, strokeWidth: 1.5 }}
                shape={<Marker />}
                isAnimationActive={false}
              />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <p className="newsroom-hint newsroom-chart__key">
        Filled: approved · hollow: superseded · cross: retracted · dashed: not yet approved. Bars
        show the interval a figure allows; an open end reaches the chart’s edge.
      </p>
      <details className="newsroom-chart__table">
        <summary>The figures as a table</summary>
        <div
          className="newsroom-scroll"
          role="region"
          aria-label={`${timeline.metric} over time`}
          tabIndex={0}
        >
          <table className="newsroom-table">
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Source</th>
                <th scope="col">Figure</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {series.flatMap((s) =>
                s.data.map((d) => (
                  <tr key={String(d.point.claim)} data-point-claim={d.point.claim}>
                    <td>
                      <time dateTime={d.point.at}>{day(d.t)}</time>
                    </td>
                    <th scope="row">{s.name}</th>
                    <td>{d.point.phrase ?? (d.point.value !== null ? fmt(d.point.value) : '—')}</td>
                    <td>{STATE_WORDS[d.point.state] ?? d.point.state}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
