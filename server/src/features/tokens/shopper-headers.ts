import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../../env.ts'

/**
 * The token in these URLs is a credential: keep it out of caches and out of the `Referer` of
 * anything the page links to. CORS is decided per tenant by the handler, so every answer varies
 * by `Origin`. Set before the handler runs: touching `c.res` afterwards would make the Node
 * adapter rebuild the response as a stream, which costs a large share of throughput.
 */
export function setShopperHeaders(c: Context) {
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  c.header('Vary', 'Origin')
  // The widget tells a shopper how long to wait after a 429; a cross-origin page only sees
  // headers named here.
  c.header('Access-Control-Expose-Headers', 'Retry-After, RateLimit, RateLimit-Policy')
}

export const shopperHeaders = createMiddleware<AppEnv>(async (c, next) => {
  setShopperHeaders(c)
  await next()
})
