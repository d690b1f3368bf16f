import type { CreateTenantRequest, CreateTenantResponse } from '@porchlight/shared'
import { apiKeys, tenants } from '../../db/schema/index.ts'
import type { ServiceContext } from '../../context.ts'
import { sha256Hex } from '../../secrets/sha256.ts'

/** Creates a retailer with one API key (returned once, kept hashed) and a publishable key. */
export async function createTenant({
  ctx,
  input,
}: {
  ctx: ServiceContext
  input: CreateTenantRequest
}): Promise<CreateTenantResponse> {
  const id = ctx.ids.id('ten')
  const apiKey = `pl_sk_${ctx.ids.secret(32)}`
  const publishableKey = `pl_pk_${ctx.ids.secret(16)}`
  const keyHash = await sha256Hex(apiKey)
  await ctx.db.transaction(async (tx) => {
    await tx.insert(tenants).values({ id, name: input.name, allowedOrigins: input.allowedOrigins, publishableKey })
    await tx.insert(apiKeys).values({ id: ctx.ids.id('key'), tenantId: id, keyHash })
  })
  return { id, apiKey, publishableKey }
}
