import { Hono } from 'hono'
import { compress } from 'hono/compress'
import type { WidgetAsset } from '../../deps.ts'
import type { AppEnv } from '../../env.ts'
import { notFound } from '../../errors/api-error.ts'

/**
 * Serves the built widget and its lazily loaded chunks. Module scripts are fetched in CORS
 * mode, so every storefront origin must be allowed to load them; they hold no data.
 */
export function widgetAssetRoutes(widget: WidgetAsset | undefined) {
  const javascript = { 'Content-Type': 'text/javascript; charset=utf-8' }
  return new Hono<AppEnv>()
    .get('/widget.js', compress(), (c) => {
      if (!widget) throw notFound('The widget build')
      c.header('Access-Control-Allow-Origin', '*')
      c.header('Cache-Control', 'public, max-age=300')
      c.header('ETag', widget.etag)
      if (c.req.header('If-None-Match') === widget.etag) return c.body(null, 304)
      return c.body(widget.source, 200, javascript)
    })
    .get('/:chunk{widget-[A-Za-z0-9_-]+\\.js}', compress(), (c) => {
      const source = widget?.chunks[c.req.param('chunk')]
      if (source === undefined) throw notFound('This widget chunk')
      c.header('Access-Control-Allow-Origin', '*')
      // The name carries a hash of the content: a new build means a new name.
      c.header('Cache-Control', 'public, max-age=31536000, immutable')
      return c.body(source, 200, javascript)
    })
}
