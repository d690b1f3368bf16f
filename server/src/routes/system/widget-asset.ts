import { Hono } from 'hono'
import { compress } from 'hono/compress'
import type { WidgetAsset } from '../../deps.ts'
import type { AppEnv } from '../../env.ts'
import { notFound } from '../../errors/api-error.ts'

/**
 * Serves the built widget. Module scripts are fetched in CORS mode, so every storefront origin
 * must be allowed to load it; it holds no data.
 */
export function widgetAssetRoutes(widget: WidgetAsset | undefined) {
  return new Hono<AppEnv>().get('/widget.js', compress(), (c) => {
    if (!widget) throw notFound('The widget build')
    c.header('Access-Control-Allow-Origin', '*')
    c.header('Cache-Control', 'public, max-age=300')
    c.header('ETag', widget.etag)
    if (c.req.header('If-None-Match') === widget.etag) return c.body(null, 304)
    return c.body(widget.source, 200, { 'Content-Type': 'text/javascript; charset=utf-8' })
  })
}
