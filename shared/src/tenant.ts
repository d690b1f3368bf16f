import { z } from 'zod'
import { text } from './text.ts'

const isOrigin = (value: string) => {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value
  } catch {
    return false
  }
}

/** A web origin exactly as browsers send it in `Origin`: scheme, host and port, no path. */
export const Origin = z
  .string()
  .max(200)
  .refine(isOrigin, { message: 'must be an origin such as https://shop.example (no path)' })

export const CreateTenantRequest = z
  .strictObject({
    name: text(100),
    allowedOrigins: z.array(Origin).max(20),
  })
  .meta({ id: 'CreateTenantRequest' })
export type CreateTenantRequest = z.infer<typeof CreateTenantRequest>

export const CreateTenantResponse = z
  .object({
    id: z.string(),
    apiKey: z.string().meta({ description: 'Shown once; only its hash is stored.' }),
    publishableKey: z.string(),
  })
  .meta({ id: 'CreateTenantResponse' })
export type CreateTenantResponse = z.infer<typeof CreateTenantResponse>
