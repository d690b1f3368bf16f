import { and, eq, isNull, sql } from 'drizzle-orm'
import { createMiddleware } from 'hono/factory'
import type { Database } from '../db/database.ts'
import { apiKeys, tenants } from '../db/schema/index.ts'
import type { AppEnv } from '../env.ts'
import { ApiError } from '../errors/api-error.ts'
import { sha256Hex } from '../services/secrets/sha256.ts'

const unauthorized = () =>
  new ApiError(401, 'unauthorized', 'Send a valid API key as `Authorization: Bearer <apiKey>`.', undefined, {
    'WWW-Authenticate': 'Bearer',
  })

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1]
}

/** Resolves the retailer's API key to its tenant; everything downstream is scoped to it. */
export function retailerAuth(db: Database) {
  // Runs on every retailer call: prepared once so the database plans it once per connection.
  const tenantByKeyHash = db
    .select({ id: tenants.id, name: tenants.name })
    .from(apiKeys)
    .innerJoin(tenants, eq(tenants.id, apiKeys.tenantId))
    .where(and(eq(apiKeys.keyHash, sql.placeholder('keyHash')), isNull(apiKeys.revokedAt)))
    .limit(1)
    .prepare('tenant_by_api_key_hash')
  return createMiddleware<AppEnv>(async (c, next) => {
    const key = bearerToken(c.req.header('Authorization'))
    if (!key) throw unauthorized()
    const [tenant] = await tenantByKeyHash.execute({ keyHash: await sha256Hex(key) })
    if (!tenant) throw unauthorized()
    c.set('tenant', tenant)
    await next()
  })
}
