import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../../env.ts'

/**
 * The token in these URLs is a credential: keep it out of caches and out of the `Referer` of
 * anything the page links to. CORS is decided per tenant by the handler, so every answer varies
 * by `Origin`; errors may be read from any origin since they reveal nothing, which lets the
 * widget tell "not found" from "network down".
 */
export const shopperHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next()
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  c.header('Vary', 'Origin', { append: true })
  if (c.res.status >= 400 && !c.res.headers.has('Access-Control-Allow-Origin')) {
    c.header('Access-Control-Allow-Origin', '*')
  }
})
