import type { MiddlewareHandler } from 'hono'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * Lets only the console's own page use what sits behind it. The backend acts with the
 * retailer's API key, so a page on another site must not drive it: cross-site requests are
 * refused (`Sec-Fetch-Site`, `Origin`), and so are requests under another host name, which is
 * how a DNS-rebinding page would reach a port on this machine.
 */
export function sameOriginOnly(listenHost: string): MiddlewareHandler {
  return async (c, next) => {
    // The request URL's host is the Host header the browser sent.
    const { host, hostname } = new URL(c.req.url)
    const site = c.req.header('sec-fetch-site')
    const origin = c.req.header('origin')
    // `none` is someone typing the URL into the address bar: harmless for a read.
    const sameSite = site === undefined || site === 'same-origin' || (site === 'none' && c.req.method === 'GET')
    const ownHost = LOOPBACK.has(hostname) || hostname === listenHost
    if (ownHost && sameSite && (origin === undefined || origin === `http://${host}`)) return next()
    return c.body(
      JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'Only the ops console page may call this.' }),
      403,
      { 'Content-Type': 'application/problem+json' },
    )
  }
}
