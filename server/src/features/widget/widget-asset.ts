import { type Context, Hono } from 'hono'
import type { AppConfig } from '../../config.ts'
import type { WidgetAsset, WidgetFile } from '../../ports/widget-asset.ts'
import type { AppEnv } from '../../env.ts'
import { notFound } from '../../errors/api-error.ts'
import { pickContentCoding } from './accept-encoding.ts'
import { ifNoneMatchHits } from './if-none-match.ts'

// The short alias must pick up a deploy soon; meanwhile a stale copy is fine while one is fetched.
const SHORT_CACHE = 'public, max-age=300, stale-while-revalidate=86400'
// Under a versioned directory or a hashed name, the bytes never change.
const FOREVER = 'public, max-age=31536000, immutable'
const CHUNK = ':chunk{widget-[A-Za-z0-9_-]+\\.js}'

/**
 * Module scripts are fetched in CORS mode, so every storefront origin must be allowed to load
 * them; they hold no data. The file is sent in the coding the client prefers among those stored.
 */
function sendFile(c: Context<AppEnv>, file: WidgetFile, cacheControl: string) {
  const coding = pickContentCoding(c.req.header('Accept-Encoding'))
  const { body, etag } = file[coding]
  c.header('Access-Control-Allow-Origin', '*')
  c.header('Cache-Control', cacheControl)
  c.header('Vary', 'Accept-Encoding')
  c.header('ETag', etag)
  if (ifNoneMatchHits(c.req.header('If-None-Match'), etag)) return c.body(null, 304)
  if (coding !== 'identity') c.header('Content-Encoding', coding)
  return c.body(body, 200, { 'Content-Type': 'text/javascript; charset=utf-8' })
}

/**
 * Serves the built widget two ways. `/widget.js` is the short alias every embed snippet uses,
 * cached briefly so a deploy reaches pages within minutes. `/widget/<version>/widget.js` never
 * changes and may be pinned with Subresource Integrity; `/widget.json` says which version is
 * current. Chunks are fetched relative to the module that imports them, and import it back as
 * `./widget.js`, so each URL of widget.js has its chunks beside it: a page never loads a second
 * copy of widget.js (which would define the element twice). Only the current version is served.
 */
export function widgetAssetRoutes(deps: { widget: WidgetAsset | undefined; config: Pick<AppConfig, 'publicUrl'> }) {
  const build = (version?: string) => {
    if (!deps.widget) throw notFound('The widget build')
    if (version !== undefined && version !== deps.widget.version) throw notFound('This widget version')
    return deps.widget
  }
  const chunk = (widget: WidgetAsset, name: string) => {
    const file = widget.chunks[name]
    if (!file) throw notFound('This widget chunk')
    return file
  }
  return new Hono<AppEnv>()
    .get('/widget.js', (c) => sendFile(c, build().entry, SHORT_CACHE))
    .get(`/${CHUNK}`, (c) => sendFile(c, chunk(build(), c.req.param('chunk')), FOREVER))
    .get('/widget/:version/widget.js', (c) => sendFile(c, build(c.req.param('version')).entry, FOREVER))
    .get(`/widget/:version/${CHUNK}`, (c) => sendFile(c, chunk(build(c.req.param('version')), c.req.param('chunk')), FOREVER))
    .get('/widget.json', (c) => {
      const { version, integrity } = build()
      c.header('Access-Control-Allow-Origin', '*')
      c.header('Cache-Control', SHORT_CACHE)
      const url = `${deps.config.publicUrl.replace(/\/+$/, '')}/widget/${version}/widget.js`
      return c.json({ version, url, integrity })
    })
}
