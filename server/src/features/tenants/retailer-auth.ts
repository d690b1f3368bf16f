import { and, eq, isNull, sql } from 'drizzle-orm'
import { createMiddleware } from 'hono/factory'
import type { AppDeps } from '../../deps.ts'
import { apiKeys, tenants } from '../../db/schema/index.ts'
import type { AppEnv } from '../../env.ts'
import { ApiError } from '../../errors/api-error.ts'
import type { RateLimitRule } from '../../rate-limits/rate-limit.ts'
import { limitRequest } from '../../rate-limits/limit-request.ts'
import { refuseWrongCredential } from '../../rate-limits/wrong-credential.ts'
import { serviceContextOf } from '../../context.ts'
import { sha256Hex } from '../../secrets/sha256.ts'

const unauthorized = () =>
  new ApiError('unauthorized', 'Send a valid API key as `Authorization: Bearer <apiKey>`.', undefined, {
    'WWW-Authenticate': 'Bearer',
  })

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match?.[1]
}

// A carrier whose thousand vans each post their pings every few seconds stays inside this (about
// 1,000 calls a second); a runaway integration loop does not, and cannot starve everyone else.
export const RETAILER_WRITES_PER_MINUTE: RateLimitRule = { name: 'retailer-writes', limit: 60_000, windowMs: 60_000 }

const READS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Resolves the retailer's API key to its tenant (everything downstream is scoped to it) and
 * counts the tenant's writes against their limit.
 */
export function retailerAuth(deps: AppDeps) {
  const { db } = deps
  const service = serviceContextOf(deps)
  // Runs on every retailer call: prepared once so the database plans it once per connection.
  const tenantByKeyHash = db
    .select({ id: tenants.id, name: tenants.name })
    .from(apiKeys)
    .innerJoin(tenants, eq(tenants.id, apiKeys.tenantId))
    .where(and(eq(apiKeys.keyHash, sql.placeholder('keyHash')), isNull(apiKeys.revokedAt)))
    .limit(1)
    .prepare('tenant_by_api_key_hash')
  return createMiddleware<AppEnv>(async (c, next) => {
    // Answers hold recipients' names, addresses and messages: no cache on the way may keep them.
    c.header('Cache-Control', 'no-store')
    const key = bearerToken(c.req.header('Authorization'))
    if (!key) throw unauthorized()
    const [tenant] = await tenantByKeyHash.execute({ keyHash: await sha256Hex(key) })
    if (!tenant) return refuseWrongCredential(c, deps, unauthorized())
    c.set('tenant', tenant)
    c.set('ctx', { ...service, tenantId: tenant.id })
    if (!READS.has(c.req.method)) await limitRequest(c, deps, RETAILER_WRITES_PER_MINUTE, tenant.id)
    await next()
  })
}
