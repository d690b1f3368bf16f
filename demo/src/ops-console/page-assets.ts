import { readFileSync, readdirSync } from 'node:fs'
import { Hono } from 'hono'

const PAGE = new URL('./page/', import.meta.url)
const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' }

// Everything the page loads is its own file: no inline script or style, so the policy can forbid
// both, and a shopper's message could not run even if it were ever put into the page as markup.
const POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The page and its modules, read once at start: plain files, no build step. */
export function pageAssets() {
  const html = readFileSync(new URL('index.html', PAGE), 'utf8')
  const assets = new Map(
    readdirSync(PAGE)
      .filter((name) => /^[\w-]+\.(js|css)$/.test(name))
      .map((name) => [name, { body: readFileSync(new URL(name, PAGE), 'utf8'), type: TYPES[name.split('.').pop()!]! }]),
  )
  return new Hono()
    .use(async (c, next) => {
      await next()
      c.header('X-Content-Type-Options', 'nosniff')
      c.header('Referrer-Policy', 'no-referrer')
      c.header('Cache-Control', 'no-store')
    })
    .get('/', (c) => {
      c.header('Content-Security-Policy', POLICY)
      return c.html(html)
    })
    .get('/assets/:name', (c) => {
      const asset = assets.get(c.req.param('name'))
      return asset ? c.body(asset.body, 200, { 'Content-Type': asset.type }) : c.notFound()
    })
}
