import { z } from 'zod'
import { OrderRef } from './shipment.ts'
import { identifier, text } from './text.ts'

/** A shopper finding their delivery without a link: the retailer's publishable key, order and postcode. */
export const LookupRequest = z
  .strictObject({
    publishableKey: identifier(100),
    orderRef: OrderRef,
    postcode: text(16),
  })
  .meta({ id: 'LookupRequest' })
export type LookupRequest = z.infer<typeof LookupRequest>

export const TrackingTokenResponse = z
  .object({
    trackingToken: z.string().meta({ description: 'Shown once; only its hash is stored.' }),
    trackingUrl: z.url(),
  })
  .meta({ id: 'TrackingTokenResponse' })
export type TrackingTokenResponse = z.infer<typeof TrackingTokenResponse>
