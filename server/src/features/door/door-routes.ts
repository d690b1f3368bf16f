import { AccessNeedsRequest, InstructionsRequest, SafePlaceRequest } from '@porchlight/shared'
import type { AppDeps } from '../../deps.ts'
import { createRouter } from '../../http/router.ts'
import { type ShopperEnv, shopperAccess } from '../tokens/index.ts'
import { deleteChangeRoute, freshView, putChangeRoute } from '../tracking/index.ts'
import { setAccessNeeds, setInstructions, setSafePlace } from './door-preferences.ts'

const putSafePlaceRoute = putChangeRoute('/v1/track/{token}/safe-place', 'Where the driver may leave the parcel', SafePlaceRequest)
const deleteSafePlaceRoute = deleteChangeRoute('/v1/track/{token}/safe-place', 'No safe place')
const putInstructionsRoute = putChangeRoute('/v1/track/{token}/instructions', 'Instructions for the driver', InstructionsRequest)
const deleteInstructionsRoute = deleteChangeRoute('/v1/track/{token}/instructions', 'No instructions')
const putAccessNeedsRoute = putChangeRoute('/v1/track/{token}/access-needs',
  'What the shopper needs at the door (replaces the whole set)',
  AccessNeedsRequest,
)

/** The shopper's word on what happens at the door: where to leave it, what to tell the driver, what they need. */
export function doorRoutes(deps: AppDeps) {
  const router = createRouter<ShopperEnv>()
  const writes = shopperAccess(deps, 'write')
  for (const path of ['/v1/track/:token/safe-place', '/v1/track/:token/instructions', '/v1/track/:token/access-needs']) {
    router.on(['PUT', 'DELETE'], path, writes)
  }
  const view = freshView(deps)
  router.openapi(putSafePlaceRoute, async (c) => {
    await setSafePlace({ ctx: c.var.ctx, input: c.req.valid('json') })
    return c.json(await view(c), 200)
  })
  router.openapi(deleteSafePlaceRoute, async (c) => {
    await setSafePlace({ ctx: c.var.ctx, input: null })
    return c.json(await view(c), 200)
  })
  router.openapi(putInstructionsRoute, async (c) => {
    await setInstructions({ ctx: c.var.ctx, input: c.req.valid('json') })
    return c.json(await view(c), 200)
  })
  router.openapi(deleteInstructionsRoute, async (c) => {
    await setInstructions({ ctx: c.var.ctx, input: null })
    return c.json(await view(c), 200)
  })
  router.openapi(putAccessNeedsRoute, async (c) => {
    await setAccessNeeds({ ctx: c.var.ctx, input: c.req.valid('json') })
    return c.json(await view(c), 200)
  })
  return router
}
