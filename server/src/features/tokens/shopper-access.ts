import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import { serviceContextOf, type TenantContext } from '../../context.ts'
import type { AppDeps } from '../../deps.ts'
import type { AppEnv } from '../../env.ts'
import { notFound } from '../../errors/api-error.ts'
import { jsonBody } from '../../http/json-body.ts'
import { limitRequest } from '../../rate-limits/limit-request.ts'
import type { RateLimitRule } from '../../rate-limits/rate-limit.ts'
import { refuseWrongCredential } from '../../rate-limits/wrong-credential.ts'
import { setShopperHeaders } from './shopper-headers.ts'
import { prepareTokenTarget, type TokenTarget } from './token-target.ts'

/** The path of every shopper call: the tracking token is the credential. */
export const trackParams = z.object({ token: z.string().max(200) })

/** What a shopper's call may use: the service context, scoped to the one shipment its token opens. */
export type ShopperContext = TenantContext & { target: TokenTarget }

/** A shopper's call, once its token has been resolved to the shipment it opens. */
export type ShopperEnv = { Variables: Omit<AppEnv['Variables'], 'ctx'> & { ctx: ShopperContext } }

// Generous for a person changing their mind; tight for a script hammering one parcel.
export const SHOPPER_WRITES_PER_MINUTE: RateLimitRule = { name: 'shopper-writes', limit: 60, windowMs: 60_000 }

/** Lets the tenant's own storefronts read the answer, and no other page. */
export function allowTenantOrigin(c: Context, allowedOrigins: readonly string[]) {
  const origin = c.req.header('Origin')
  if (origin && allowedOrigins.includes(origin)) c.header('Access-Control-Allow-Origin', origin)
}

/**
 * For the shopper's calls on `/v1/track/:token/…`: finds the one shipment the token opens, afresh
 * (a revoked link must stop at once, so never from the view cache), and lets that tenant's
 * storefronts read the answer, errors included, since the widget shows their `code`. A write is
 * also counted against the parcel's limit and has its JSON body parsed, both after the target is
 * known, so that even a refused write's problem is readable by the storefront.
 */
export function shopperAccess(deps: AppDeps, kind: 'read' | 'write') {
  const targetOf = prepareTokenTarget(deps.db)
  const service = serviceContextOf(deps)
  return createMiddleware<ShopperEnv>(async (c, next) => {
    setShopperHeaders(c)
    const found = await targetOf(c.req.param('token') ?? '', deps.clock.now())
    if (!found) {
      c.header('Access-Control-Allow-Origin', '*')
      return refuseWrongCredential(c, deps, notFound('Delivery'))
    }
    allowTenantOrigin(c, found.allowedOrigins)
    c.set('ctx', { ...service, tenantId: found.tenantId, target: found })
    if (kind === 'read') return next()
    await limitRequest(c, deps, SHOPPER_WRITES_PER_MINUTE, found.shipmentId)
    return jsonBody(c, next)
  })
}
