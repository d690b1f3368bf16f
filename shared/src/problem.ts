import { z } from 'zod'
import { ErrorCode } from './error-codes.ts'

export const FieldError = z.object({
  path: z.string().meta({ description: 'Dotted path of the offending field, e.g. `address.lat`.' }),
  message: z.string(),
})
export type FieldError = z.infer<typeof FieldError>

/** RFC 9457 problem details, as every error response carries them. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: ErrorCode,
    requestId: z.string(),
    errors: z.array(FieldError).optional(),
  })
  .meta({ id: 'Problem' })
export type Problem = z.infer<typeof Problem>
