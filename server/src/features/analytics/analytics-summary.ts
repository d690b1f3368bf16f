import type { AnalyticsDay, AnalyticsQuery, AnalyticsSummary } from '@porchlight/shared'
import { sql } from 'drizzle-orm'
import { queryRows } from '../../db/query-rows.ts'
import type { TenantContext } from '../../context.ts'
import { daysBetween } from './calendar-days.ts'

type Counts = { day: string; n: number }
type Deliveries = { day: string; delivered: number; promised: number; on_time: number; shown: number; hit: number }
type Ratings = { day: string; n: number; rating_sum: number }

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole)
const byDay = <T extends { day: string }>(rows: T[]) => new Map(rows.map((r) => [r.day, r]))
const sum = <T>(rows: T[], pick: (r: T) => number) => rows.reduce((total, r) => total + pick(r), 0)

/**
 * The retailer's figures for [from, to), in total and per day of `timeZone`. A delivery counts
 * on the day of its first `delivered` event; it is on time inside the promised window, and an
 * ETA hit inside the last window the shopper was sent before it arrived.
 */
export async function analyticsSummary({ ctx, input }: { ctx: TenantContext; input: AnalyticsQuery }): Promise<AnalyticsSummary> {
  const from = new Date(input.from)
  const to = new Date(input.to)
  const tz = input.timeZone ?? 'UTC'
  const t = ctx.tenantId
  const day = (column: ReturnType<typeof sql>) => sql`to_char(${column} at time zone ${tz}, 'YYYY-MM-DD')`
  const inRange = (column: ReturnType<typeof sql>) => sql`${column} >= ${from.toISOString()}::timestamptz and ${column} < ${to.toISOString()}::timestamptz`

  const [shipments, deliveries, ratings, tags, changes, messages] = await Promise.all([
    queryRows<Counts>(ctx.db, sql`select ${day(sql`s.created_at`)} as day, count(*)::int as n from shipments s
      where s.tenant_id = ${t} and ${inRange(sql`s.created_at`)} group by 1`),
    queryRows<Deliveries>(ctx.db, sql`select ${day(sql`d.at`)} as day, count(*)::int as delivered,
        count(*) filter (where s.promised_start is not null)::int as promised,
        count(*) filter (where d.at between s.promised_start and s.promised_end)::int as on_time,
        count(*) filter (where s.shown_eta_start is not null)::int as shown,
        count(*) filter (where d.at between s.shown_eta_start and s.shown_eta_end)::int as hit
      from (select e.shipment_id, min(e.at) as at from shipment_events e
            join shipments x on x.id = e.shipment_id and x.tenant_id = ${t}
            where e.type = 'delivered' group by e.shipment_id) d
      join shipments s on s.id = d.shipment_id
      where ${inRange(sql`d.at`)} group by 1`),
    queryRows<Ratings>(ctx.db, sql`select ${day(sql`f.created_at`)} as day, count(*)::int as n, sum(f.rating)::int as rating_sum
      from feedback f join shipments s on s.id = f.shipment_id
      where s.tenant_id = ${t} and ${inRange(sql`f.created_at`)} group by 1`),
    queryRows<{ tag: string; n: number }>(ctx.db, sql`select tag, count(*)::int as n
      from feedback f join shipments s on s.id = f.shipment_id, jsonb_array_elements_text(f.tags) as tag
      where s.tenant_id = ${t} and ${inRange(sql`f.created_at`)} group by tag order by tag`),
    queryRows<Counts>(ctx.db, sql`select ${day(sql`p.at`)} as day, count(*)::int as n
      from preference_changes p join shipments s on s.id = p.shipment_id
      where s.tenant_id = ${t} and ${inRange(sql`p.at`)} group by 1`),
    queryRows<Counts>(ctx.db, sql`select ${day(sql`m.created_at`)} as day, count(*)::int as n from messages m
      where m.tenant_id = ${t} and ${inRange(sql`m.created_at`)} group by 1`),
  ])

  const figures = (s: Counts[], d: Deliveries[], r: Ratings[], c: Counts[], m: Counts[]) => ({
    shipments: sum(s, (x) => x.n),
    delivered: sum(d, (x) => x.delivered),
    onTimeRate: rate(sum(d, (x) => x.on_time), sum(d, (x) => x.promised)),
    etaHitRate: rate(sum(d, (x) => x.hit), sum(d, (x) => x.shown)),
    averageRating: rate(sum(r, (x) => x.rating_sum), sum(r, (x) => x.n)),
    feedbackCount: sum(r, (x) => x.n),
    preferenceChanges: sum(c, (x) => x.n),
    messages: sum(m, (x) => x.n),
  })
  const perDay = { s: byDay(shipments), d: byDay(deliveries), r: byDay(ratings), c: byDay(changes), m: byDay(messages) }
  const only = <T>(map: Map<string, T>, date: string): T[] => {
    const row = map.get(date)
    return row ? [row] : []
  }
  const days: AnalyticsDay[] = daysBetween(from, to, tz).map((date) => ({
    date,
    ...figures(only(perDay.s, date), only(perDay.d, date), only(perDay.r, date), only(perDay.c, date), only(perDay.m, date)),
  }))
  return {
    ...figures(shipments, deliveries, ratings, changes, messages),
    feedbackTags: Object.fromEntries(tags.map((x) => [x.tag, x.n])),
    days,
  }
}
