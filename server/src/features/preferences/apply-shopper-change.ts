import type { PreferenceKind, Preferences, WebhookEventType } from '@porchlight/shared'
import type { Transaction } from '../../db/database.ts'
import { preferenceChanges } from '../../db/schema/index.ts'
import { commitWithNews } from '../../outbox/commit-with-news.ts'
import { enqueueWebhook } from '../webhooks/index.ts'
import { type LockedShipment, lockShipment } from './locked-shipment.ts'
import { assertMayChange, type ShopperOption } from './shopper-rules.ts'
import type { ShopperContext } from '../tokens/index.ts'

export type PreferenceChange = { kind: PreferenceKind; value: unknown }

/** What a change did: the preferences it sets, and what the retailer's webhook hears of it. */
export type ChangeOutcome = {
  changes: PreferenceChange[]
  webhook: { type: WebhookEventType; data: (preferences: Preferences) => Record<string, unknown> }
}

// jsonb hands objects back with its own key order; compare values, not spellings.
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  )
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)

/**
 * Runs one shopper change in one transaction: lock the shipment, check the option is offered and
 * the status allows it, apply it, keep it in the preference history, and queue the live event
 * and the webhook with it, so all of it commits or none does. A change to what is already
 * chosen writes nothing.
 */
export async function applyShopperChange(
  ctx: ShopperContext,
  option: ShopperOption,
  act: (tx: Transaction, shipment: LockedShipment) => Promise<ChangeOutcome>,
): Promise<void> {
  await commitWithNews(ctx, async (tx, news) => {
    const shipment = await lockShipment(tx, ctx.target)
    assertMayChange(option, shipment)
    const outcome = await act(tx, shipment)
    const changes = outcome.changes.filter((c) => !same(shipment.preferences[c.kind], c.value))
    const [first] = changes
    if (!first) return
    const at = ctx.clock.now()
    await tx.insert(preferenceChanges).values(
      changes.map((c) => ({ id: ctx.ids.id('pch'), shipmentId: shipment.id, kind: c.kind, value: c.value, actor: 'shopper' as const, at })),
    )
    const preferences: Preferences = { ...shipment.preferences }
    for (const c of changes) Object.assign(preferences, { [c.kind]: c.value })
    const queued = await enqueueWebhook(tx, ctx, {
      tenantId: shipment.tenantId,
      shipment: { id: shipment.id, orderRef: shipment.orderRef },
      type: outcome.webhook.type,
      actor: 'shopper',
      data: outcome.webhook.data(preferences),
    })
    if (queued) news.queued('webhooks')
    await news.live(shipment.id, 'preferences', { kind: first.kind, preferences })
  })
}
