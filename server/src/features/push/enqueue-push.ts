import type { PushKind, PushPayload } from '@porchlight/shared'
import { and, eq, gt } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { pushOutbox, pushSubscriptions, shipments, tenants } from '../../db/schema/index.ts'
import type { ServiceContext } from '../../context.ts'
import { resolveSettings } from '../settings/index.ts'
import { PUSH_POLICY, PUSH_QUIET_MS, pushTopic } from './push-policy.ts'
import { type PushFacts, pushText } from './push-texts.ts'

export type PushNews = {
  shipmentId: string
  kind: PushKind
  /** The arrival window, if the news has one. */
  window?: { start: Date; end: Date } | undefined
  stopsAway?: number | undefined
  message?: { author: 'driver' | 'support'; body: string } | undefined
}

const PREVIEW_LENGTH = 120

function formatWindow(window: { start: Date; end: Date }, locale: string | null, timeZone: string): string {
  const format = new Intl.DateTimeFormat(locale ?? 'en', { hour: 'numeric', minute: '2-digit', timeZone })
  return format.formatRange(window.start, window.end)
}

/**
 * Queues a notification for each browser subscribed to the shipment, in the transaction of the
 * news itself, worded in the shopper's language with times on the address's clock. Skipped when
 * the retailer turned push off, and when the same kind went out to this shipment moments ago.
 * Resolves to whether anything was queued.
 */
export async function enqueuePush(tx: Transaction, ctx: Pick<ServiceContext, 'clock' | 'ids'>, news: PushNews): Promise<boolean> {
  const subscriptions = await tx
    .select({
      id: pushSubscriptions.id,
      openUrl: pushSubscriptions.openUrl,
      locale: shipments.recipientLocale,
      timeZone: shipments.timeZone,
      retailer: tenants.name,
      settings: tenants.settings,
    })
    .from(pushSubscriptions)
    .innerJoin(shipments, eq(shipments.id, pushSubscriptions.shipmentId))
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(eq(pushSubscriptions.shipmentId, news.shipmentId))
  const [first] = subscriptions
  if (!first || !resolveSettings(first.settings).options.push) return false
  const now = ctx.clock.now()
  const [recent] = await tx
    .select({ id: pushOutbox.id })
    .from(pushOutbox)
    .where(and(eq(pushOutbox.shipmentId, news.shipmentId), eq(pushOutbox.kind, news.kind), gt(pushOutbox.createdAt, new Date(now.getTime() - PUSH_QUIET_MS))))
    .limit(1)
  if (recent) return false
  const facts: PushFacts = {
    retailer: first.retailer,
    window: news.window && formatWindow(news.window, first.locale, first.timeZone),
    stopsAway: news.stopsAway,
    author: news.message?.author,
    preview: news.message && news.message.body.slice(0, PREVIEW_LENGTH),
  }
  const policy = PUSH_POLICY[news.kind]
  const topic = await pushTopic(news.shipmentId, news.kind)
  await tx.insert(pushOutbox).values(
    subscriptions.map((s) => {
      const payload: PushPayload = {
        kind: news.kind,
        ...pushText(news.kind, s.locale, facts),
        url: s.openUrl,
        tag: topic,
        timestamp: now.getTime(),
      }
      return {
        id: ctx.ids.id('psh'),
        subscriptionId: s.id,
        shipmentId: news.shipmentId,
        kind: news.kind,
        payload: JSON.stringify(payload),
        topic,
        urgency: policy.urgency,
        ttlSeconds: policy.ttlSeconds,
        createdAt: now,
        nextAttemptAt: now,
      }
    }),
  )
  return true
}
