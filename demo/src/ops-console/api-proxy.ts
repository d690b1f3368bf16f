import { Hono } from 'hono'

// Ids as the demo's shipments and routes have them. No `%` and no leading dot, so a path can
// neither smuggle a slash nor climb out of its place with `..`.
const ID = '{[\\w:-][\\w.:-]{0,63}}'

/** The public API calls the console makes, and nothing else. */
export const ALLOWED_CALLS = [
  ['GET', '/v1/shipments'],
  ['GET', `/v1/shipments/:id${ID}`],
  ['GET', `/v1/shipments/:id${ID}/messages`],
  ['POST', `/v1/shipments/:id${ID}/messages`],
  ['POST', `/v1/shipments/:id${ID}/messages/read`],
  ['GET', '/v1/messages'],
  ['GET', '/v1/cases'],
  ['GET', '/v1/analytics/summary'],
  ['GET', `/v1/routes/:id${ID}`],
] as const

// What of the API's answer the page needs; cookies, caching and the like stay behind.
const PASSED_HEADERS = ['content-type', 'retry-after', 'x-request-id']

/**
 * Forwards the allow-listed calls to the public API with the retailer's key, as a retailer's
 * back office would: the browser sees the answers, never the key.
 */
export function apiProxy(options: { apiUrl: string; apiKey: string; fetch?: typeof fetch }) {
  const send = options.fetch ?? fetch
  const app = new Hono()
  for (const [method, path] of ALLOWED_CALLS) {
    app.on(method, path, async (c) => {
      const url = new URL(c.req.url)
      const upstreamPath = url.pathname.slice(url.pathname.indexOf('/v1/'))
      let answer: Response
      try {
        answer = await send(new URL(upstreamPath + url.search, options.apiUrl), {
          method,
          headers: { Authorization: `Bearer ${options.apiKey}`, Accept: 'application/json', 'Content-Type': 'application/json' },
          ...(method === 'POST' ? { body: await c.req.text() } : {}),
        })
      } catch (error) {
        console.error(`ops console: ${method} ${upstreamPath}: ${String(error)}`)
        return c.body(JSON.stringify({ type: 'about:blank', title: 'The API did not answer', status: 502, code: 'bad_gateway' }), 502, {
          'Content-Type': 'application/problem+json',
        })
      }
      const headers = new Headers()
      for (const name of PASSED_HEADERS) {
        const value = answer.headers.get(name)
        if (value !== null) headers.set(name, value)
      }
      return new Response(answer.body, { status: answer.status, headers })
    })
  }
  return app
}
