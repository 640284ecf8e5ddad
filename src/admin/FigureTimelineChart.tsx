'use client'
import {
  CartesianGrid,
  DefaultZIndexes,
  Legend,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts'

import type { ReactNode } from 'react'

import type { FigureSource } from '../figures/compareFigures.js'
import type { Interval } from '../figures/figureInterval.js'
import type { MetricTimeline, TimelinePoint } from '../figures/figureTimeline.js'
import { isQualifier } from '../figures/index.js'
import { optionKey } from '../i18n/translate.js'
import type { NewsroomKey } from '../i18n/translations.js'
import type { NewsroomFormat } from './newsroomFormat.js'
import { useNewsroomFormat, useNewsroomWords } from './useNewsroomWords.js'
import { ScrollTable } from './ScrollTable.js'

type Say = ReturnType<typeof useNewsroomWords>

/** Distinct, dark enough on white for lines and markers (WCAG 3:1 for graphics). */
const COLOURS = ['#1f5fa8', '#b3261e', '#2e7d32', '#7b1fa2', '#a15c00', '#00695c', '#5d4037']

/** A point's state in words: "approved", "pending review". */
const stateWords = (say: Say, state: string): string => {
  const key = optionKey('chartPoint', state)
  return key in WORDED_STATES ? say(key as NewsroomKey) : state
}
const WORDED_STATES: Partial<Record<string, true>> = {
  chartPointDraft: true,
  chartPointPending: true,
  chartPointApproved: true,
  chartPointRetracted: true,
  chartPointSuperseded: true,
}

/** A figure as few words as it allows: "at least 155", "20–30", "425". */
function figureLabel(p: TimelinePoint, say: Say, { short }: NewsroomFormat): string {
  const { lower, upper } = p.interval
  if (p.qualifier === 'range' && lower !== null && upper !== null)
    return `${short(lower)}–${short(upper)}`
  if (p.value === null) return p.phrase ?? ''
  const worded = isQualifier(p.qualifier) && p.qualifier !== 'exact' && p.qualifier !== 'range'
  return worded
    ? say(optionKey('wording', p.qualifier as 'atLeast'), { n: short(p.value) })
    : short(p.value)
}

interface Datum {
  t: number
  /** Where the marker sits: the stated number, or a range's middle. */
  y: number
  point: TimelinePoint
  series: string
  colour: string
  /** An interval wider than a point: drawn as a band behind the marker. */
  spread: boolean
}

type Named = FigureSource & {
  name?: string | null
  anonymous?: boolean | null
  publicDescription?: string | null
}
const sourceName = (say: Say, s: Named | null) =>
  s
    ? (s.anonymous ? (s.publicDescription ?? s.name) : s.name) ||
      say('sourceNumbered', { id: s.id })
    : say('unattributed')

const notStanding = (state: string) => state !== 'approved'

/** A marker per state: filled (standing), hollow (superseded), a cross (retracted), dashed (not yet public). */
function Marker(props: { cx?: number; cy?: number; fill?: string; payload?: Datum }) {
  const { cx, cy, fill, payload } = props
  const plot = usePlotArea()
  const say = useNewsroomWords()
  const format = useNewsroomFormat()
  if (cx == null || cy == null || !payload) return <g />
  const state = payload.point.state
  // Labels of points in the right part of the chart go to their left, so that none is cut off.
  const leftward = plot ? cx > plot.x + plot.width * 0.7 : false
  const label = (
    <text
      x={leftward ? cx - 11 : cx + 11}
      y={cy + 4}
      textAnchor={leftward ? 'end' : 'start'}
      fontSize={12}
      fontWeight={600}
      fill="#222"
      stroke="#fff"
      strokeWidth={3}
      paintOrder="stroke"
      className="newsroom-chart__label"
    >
      {figureLabel(payload.point, say, format)}
    </text>
  )
  if (state === 'retracted') {
    return (
      <g data-point-state="retracted">
        <g stroke={fill} strokeWidth={2.5}>
          <line x1={cx - 6} y1={cy - 6} x2={cx + 6} y2={cy + 6} />
          <line x1={cx - 6} y1={cy + 6} x2={cx + 6} y2={cy - 6} />
        </g>
        {label}
      </g>
    )
  }
  const hollow = notStanding(state)
  return (
    <g data-point-state={state} data-point-kind={payload.spread ? 'interval' : 'point'}>
      <circle
        cx={cx}
        cy={cy}
        r={payload.spread ? 5 : 6}
        fill={hollow ? '#fff' : fill}
        stroke={fill}
        strokeWidth={2}
        strokeDasharray={state === 'draft' || state === 'pending' ? '2 2' : undefined}
      />
      {label}
    </g>
  )
}

/**
 * Each interval as a band at its time, from its lower to its upper end, under the markers: a solid
 * cap for an end the figure includes, a dashed one for an end it excludes ("nearly 500" stops short
 * of 500), an arrow at the chart's edge for an open end ("at least 155" has no upper end).
 */
function IntervalBands({ data }: { data: Datum[] }) {
  const x = useXAxisScale()
  const y = useYAxisScale()
  const plot = usePlotArea()
  if (!x || !y || !plot) return null
  const clamp = (v: number) => Math.min(plot.y + plot.height, Math.max(plot.y, v))
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.area}>
      <g className="newsroom-chart__intervals">
        {data
          .filter((d) => d.spread)
          .map((d) => {
            const cx = x(d.t)
            if (cx === undefined) return null
            const { lower, upper, lowerInclusive, upperInclusive }: Interval = d.point.interval
            const yTop = upper === null ? plot.y : clamp(y(upper) ?? plot.y)
            const yBottom = lower === null ? plot.y + plot.height : clamp(y(lower) ?? plot.y)
            const faded = notStanding(d.point.state)
            const cap = (at: number, inclusive: boolean) => (
              <line
                x1={cx - 10}
                x2={cx + 10}
                y1={at}
                y2={at}
                strokeWidth={2.5}
                strokeDasharray={inclusive ? undefined : '3 2'}
              />
            )
            return (
              <g
                key={String(d.point.claim)}
                data-interval-claim={d.point.claim}
                data-interval-ends={`${lower === null ? 'open' : 'closed'}-${upper === null ? 'open' : 'closed'}`}
                stroke={d.colour}
                fill={d.colour}
              >
                <rect
                  x={cx - 8}
                  y={yTop}
                  width={16}
                  height={Math.max(yBottom - yTop, 2)}
                  fillOpacity={faded ? 0.08 : 0.2}
                  strokeOpacity={faded ? 0.4 : 0.7}
                  strokeDasharray={faded ? '4 3' : undefined}
                />
                {upper === null ? (
                  <path d={`M${cx - 8},${yTop + 10} L${cx},${yTop} L${cx + 8},${yTop + 10} Z`} />
                ) : (
                  cap(yTop, upperInclusive)
                )}
                {lower === null ? (
                  <path
                    d={`M${cx - 8},${yBottom - 10} L${cx},${yBottom} L${cx + 8},${yBottom - 10} Z`}
                  />
                ) : (
                  cap(yBottom, lowerInclusive)
                )}
              </g>
            )
          })}
      </g>
    </ZIndexLayer>
  )
}

function PointTip({ active, payload }: { active?: boolean; payload?: { payload: Datum }[] }) {
  const say = useNewsroomWords()
  const format = useNewsroomFormat()
  const d = active ? payload?.[0]?.payload : undefined
  if (!d) return null
  return (
    <div className="newsroom-chart-tip">
      <strong>{d.point.phrase ?? figureLabel(d.point, say, format)}</strong>
      <div>{d.series}</div>
      <div>
        {say('timeUtc', { time: format.day(d.t) })} · {stateWords(say, d.point.state)}
      </div>
    </div>
  )
}

/** Ticks a step of 1, 2, 2.5 or 5 times a power of ten apart covering lo..hi; whole steps for counts. */
function niceTicks(lo: number, hi: number, whole: boolean, count = 5): number[] {
  const raw = (hi - lo) / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = Math.max(
    [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power,
    whole ? 1 : 0,
  )
  const ticks: number[] = []
  for (let v = Math.floor(lo / step) * step; v < hi + step; v += step) {
    ticks.push(Number(v.toPrecision(12)))
    if (v >= hi) break
  }
  return ticks
}

/** A small picture of each mark, once above the charts rather than as a sentence under each. */
export function FigureTimelineKey() {
  const say = useNewsroomWords()
  const c = '#444'
  const item = (label: string, glyph: ReactNode) => (
    <li>
      <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true" focusable="false">
        {glyph}
      </svg>
      {label}
    </li>
  )
  return (
    <ul className="newsroom-chart-key" aria-label={say('chartKeyTitle')}>
      {item(say('chartKeyApproved'), <circle cx="11" cy="11" r="6" fill={c} />)}
      {item(
        say('chartKeyNotYetApproved'),
        <circle
          cx="11"
          cy="11"
          r="6"
          fill="#fff"
          stroke={c}
          strokeWidth="2"
          strokeDasharray="2 2"
        />,
      )}
      {item(
        say('chartKeySuperseded'),
        <circle cx="11" cy="11" r="6" fill="#fff" stroke={c} strokeWidth="2" />,
      )}
      {item(
        say('chartKeyRetracted'),
        <g stroke={c} strokeWidth="2.5">
          <line x1="5" y1="5" x2="17" y2="17" />
          <line x1="5" y1="17" x2="17" y2="5" />
        </g>,
      )}
      {item(
        say('chartKeyRange'),
        <g stroke={c} fill={c}>
          <rect x="7" y="4" width="8" height="14" fillOpacity="0.2" />
          <line x1="4" x2="18" y1="4" y2="4" strokeWidth="2" />
          <line x1="4" x2="18" y1="18" y2="18" strokeWidth="2" />
        </g>,
      )}
      {item(
        say('chartKeyOpenEnd'),
        <g stroke={c} fill={c}>
          <rect x="7" y="4" width="8" height="14" fillOpacity="0.2" />
          <path d="M3,10 L11,2 L19,10 Z" />
          <line x1="4" x2="18" y1="18" y2="18" strokeWidth="2" />
        </g>,
      )}
    </ul>
  )
}

/**
 * One metric's figures over time, one line per source. A figure that states one number is a point
 * at it; one that allows an interval is a band from end to end with its marker on the stated number
 * ("at least 155": from 155 up, an arrow at the chart's edge; "nearly 500": up to just below 500;
 * "between 20 and 30": 20 to 30, the marker in the middle). Each mark is labelled with the figure in
 * words. Retracted points are crosses, superseded ones hollow (see FigureTimelineKey).
 * Recharts (SVG, React 19); the same data follows as a table for screen readers and for reading.
 */
export function FigureTimelineChart<S extends Named>({
  timeline,
}: {
  timeline: MetricTimeline<S>
}) {
  const say = useNewsroomWords()
  const { number: fmt, short, day } = useNewsroomFormat()
  const points = timeline.series.flatMap((s) => s.points)
  const numbers = points.flatMap((p) =>
    [p.value, p.interval.lower, p.interval.upper].filter((n): n is number => n !== null),
  )
  const min = Math.min(...numbers)
  const max = Math.max(...numbers)
  // Room for an open end's arrow to leave the highest (or lowest) number behind.
  const openUp = points.some((p) => p.interval.upper === null)
  const openDown = points.some((p) => p.interval.lower === null)
  const base = Math.max(max - min, Math.abs(max) * 0.2, 1)
  const lo = min - base * (openDown ? 0.35 : 0.1)
  const ticks = niceTicks(
    min >= 0 ? Math.max(0, lo) : lo,
    max + base * (openUp ? 0.35 : 0.1),
    numbers.every(Number.isInteger),
  )
  const bottom = ticks[0]
  const top = ticks[ticks.length - 1]
  const series = timeline.series.map((s, i) => {
    const colour = COLOURS[i % COLOURS.length]
    return {
      name: sourceName(say, s.source),
      colour,
      data: s.points.map((p): Datum => {
        const { lower, upper } = p.interval
        // A range states two numbers (its value is only the first): its marker sits in the middle.
        const y =
          p.qualifier === 'range' && lower !== null && upper !== null
            ? (lower + upper) / 2
            : (p.value ?? lower ?? upper ?? 0)
        return {
          t: Date.parse(p.at),
          y,
          point: p,
          series: sourceName(say, s.source),
          colour,
          spread: lower !== upper,
        }
      }),
    }
  })
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
        {say('chartCaption', {
          metric: timeline.metric,
          units: timeline.units.length ? ` (${timeline.units.join(', ')})` : '',
        })}
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
              name={say('chartTime')}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[bottom, top]}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={short}
              tick={{ fontSize: 11, fill: '#333' }}
              width={56}
              name={say('chartValue')}
            />
            <Tooltip content={<PointTip />} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <IntervalBands data={series.flatMap((s) => s.data)} />
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
      <details className="newsroom-chart__table">
        <summary>{say('chartAsTable')}</summary>
        <ScrollTable
          label={say('chartOverTime', { metric: timeline.metric })}
          columns={['chartWhen', 'compareSource', 'compareFigure', 'chartState']}
        >
          {series.flatMap((s) =>
            s.data.map((d) => (
              <tr key={String(d.point.claim)} data-point-claim={d.point.claim}>
                <td>
                  <time dateTime={d.point.at}>{day(d.t)}</time>
                </td>
                <th scope="row">{s.name}</th>
                <td>{d.point.phrase ?? (d.point.value !== null ? fmt(d.point.value) : '—')}</td>
                <td>{stateWords(say, d.point.state)}</td>
              </tr>
            )),
          )}
        </ScrollTable>
      </details>
    </figure>
  )
}
