import type { PushSubscriptionRequest } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import { pushSubscriptions, shipments, tenants } from '../../db/schema/index.ts'
import { ApiError, notFound, validationFailed, optionDisabled } from '../../errors/api-error.ts'
import type { AppDeps } from '../../deps.ts'
import { resolveTarget, targetPolicyOf } from '../../outbound/target-policy.ts'
import { resolveSettings } from '../settings/index.ts'
import type { ShopperContext } from '../tokens/index.ts'

// A shopper has a phone, a laptop, maybe a tablet; more is not a shopper.
const MAX_PER_SHIPMENT = 10

type PushContext = ShopperContext & Pick<AppDeps, 'outbound'>

/**
 * Keeps a browser's subscription to the shipment's news (a repeat from the same browser
 * replaces its keys). Its endpoint must be a public push service, and the page a click opens
 * one of the retailer's own or the hosted tracking page.
 */
export async function subscribeToPushes({ ctx, input }: { ctx: PushContext; input: PushSubscriptionRequest }) {
  const { target } = ctx
  const endpoint = await resolveTarget(new URL(input.endpoint), targetPolicyOf(ctx), 'push')
  if (!endpoint.ok) throw validationFailed([{ path: 'endpoint', message: endpoint.refusal }])
  const [shipment] = await ctx.db
    .select({ settings: tenants.settings })
    .from(shipments)
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(eq(shipments.id, target.shipmentId))
  if (!shipment) throw notFound('Delivery')
  if (!resolveSettings(shipment.settings).options.push) throw optionDisabled('The retailer does not send notifications.')
  if (input.openUrl) {
    const origin = new URL(input.openUrl).origin
    const publicOrigin = ctx.config.publicUrl ? new URL(ctx.config.publicUrl).origin : undefined
    if (!target.allowedOrigins.includes(origin) && origin !== publicOrigin) {
      throw validationFailed([{ path: 'openUrl', message: "must be on one of the retailer's sites" }])
    }
  }
  await ctx.db.transaction(async (tx) => {
    const known = await tx
      .select({ endpoint: pushSubscriptions.endpoint })
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.shipmentId, target.shipmentId))
      .for('update')
    if (known.length >= MAX_PER_SHIPMENT && !known.some((k) => k.endpoint === input.endpoint)) {
      throw new ApiError('change_not_allowed', `A delivery can notify at most ${MAX_PER_SHIPMENT} browsers.`)
    }
    const values = { p256dh: input.keys.p256dh, auth: input.keys.auth, openUrl: input.openUrl ?? null }
    await tx
      .insert(pushSubscriptions)
      .values({ id: ctx.ids.id('sub'), tenantId: target.tenantId, shipmentId: target.shipmentId, endpoint: input.endpoint, createdAt: ctx.clock.now(), ...values })
      .onConflictDoUpdate({ target: [pushSubscriptions.shipmentId, pushSubscriptions.endpoint], set: values })
  })
}

/** Stops notifying that browser about this shipment (turning notifications off). */
export async function unsubscribeFromPushes({ ctx, input }: { ctx: ShopperContext; input: { endpoint: string } }) {
  const { target } = ctx
  const { endpoint } = input
  await ctx.db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.shipmentId, target.shipmentId), eq(pushSubscriptions.endpoint, endpoint)))
}
