import { z } from 'zod'
import { Conversation } from './message.ts'
import { ShipmentDetail } from './shipment.ts'

/** One recipient, named the way the retailer knows them: by e-mail or by phone. */
export const RecipientSelector = z
  .strictObject({
    email: z.email().max(254).optional(),
    phone: z.string().min(4).max(32).optional(),
  })
  .refine((r) => (r.email === undefined) !== (r.phone === undefined), { message: 'give either email or phone', path: ['email'] })
  .meta({ id: 'RecipientSelector' })
export type RecipientSelector = z.infer<typeof RecipientSelector>

export const RecipientExport = z
  .object({
    shipments: z.array(ShipmentDetail.extend({ conversation: Conversation })),
  })
  .meta({ id: 'RecipientExport', description: 'Everything kept about the recipient, shipment by shipment.' })
export type RecipientExport = z.infer<typeof RecipientExport>

export const ErasureResult = z
  .object({ erased: z.number().int().meta({ description: 'Shipments whose personal data was erased now.' }) })
  .meta({ id: 'ErasureResult' })
export type ErasureResult = z.infer<typeof ErasureResult>
