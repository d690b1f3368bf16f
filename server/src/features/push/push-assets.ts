import { createRoute } from '@hono/zod-openapi'
import { PushPublicKey } from '@porchlight/shared'
import type { PushEncoder } from '../../ports/push-encoder.ts'
import { jsonContent } from '../../http/json-content.ts'
import { createRouter } from '../../http/router.ts'
import { SERVICE_WORKER_SOURCE } from './service-worker-source.ts'

const publicKeyRoute = createRoute({
  method: 'get',
  path: '/v1/push/public-key',
  tags: ['Shopper'],
  summary: "The server's VAPID public key, to subscribe browsers with",
  responses: { 200: { description: 'The key.', ...jsonContent(PushPublicKey) } },
})

/** What a browser needs before it can subscribe: the key, and the service worker to import. */
export function pushAssetRoutes(push: PushEncoder) {
  const router = createRouter()
  router.openapi(publicKeyRoute, (c) => {
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'public, max-age=300')
    return c.json({ key: push.publicKey }, 200)
  })
  router.get('/porchlight-sw.js', (c) => {
    c.header('Cache-Control', 'public, max-age=300')
    c.header('Access-Control-Allow-Origin', '*')
    return c.body(SERVICE_WORKER_SOURCE, 200, { 'Content-Type': 'text/javascript; charset=utf-8' })
  })
  return router
}
