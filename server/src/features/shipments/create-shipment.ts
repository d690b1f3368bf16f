import type { CreateShipmentRequest, CreateShipmentResponse } from '@porchlight/shared'
import { shipments } from '../../db/schema/index.ts'
import { ApiError } from '../../errors/api-error.ts'
import type { TenantContext } from '../../context.ts'
import { mintToken } from '../tokens/index.ts'

/** Creates a shipment and its shopper tracking token; a repeated `orderRef` is a conflict. */
export async function createShipment({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: CreateShipmentRequest
}): Promise<CreateShipmentResponse> {
  const id = ctx.ids.id('shp')
  const { recipient, address, promisedWindow } = input
  return ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(shipments)
      .values({
        id,
        tenantId: ctx.tenantId,
        orderRef: input.orderRef,
        recipientName: recipient.name,
        recipientEmail: recipient.email,
        recipientPhone: recipient.phone,
        recipientLocale: recipient.locale,
        addressLine1: address.line1,
        addressLine2: address.line2,
        city: address.city,
        postcode: address.postcode,
        country: address.country,
        lat: address.lat,
        lng: address.lng,
        timeZone: address.timeZone,
        promisedStart: promisedWindow ? new Date(promisedWindow.start) : null,
        promisedEnd: promisedWindow ? new Date(promisedWindow.end) : null,
        createdAt: ctx.clock.now(),
      })
      .onConflictDoNothing({ target: [shipments.tenantId, shipments.orderRef] })
      .returning({ id: shipments.id })
    if (inserted.length === 0) {
      throw new ApiError('order_ref_taken', `A shipment with orderRef "${input.orderRef}" already exists.`, [
        { path: 'orderRef', message: 'is already used by another shipment' },
      ])
    }
    return { id, ...(await mintToken(tx, ctx, id)) }
  })
}
