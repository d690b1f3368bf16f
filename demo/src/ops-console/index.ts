import type { Clock } from '@porchlight/server'
import { Hono } from 'hono'
import type { LiveVan } from '../live-van.ts'
import { apiProxy } from './api-proxy.ts'
import { demoControls } from './demo-controls.ts'
import { pageAssets } from './page-assets.ts'
import { sameOriginOnly } from './same-origin.ts'

export type OpsConsoleOptions = {
  apiUrl: string
  apiKey: string
  /** The host name the console listens on; its page is served under it or a loopback name. */
  host: string
  clock: Clock
  /** The live van, or null when the demo runs without one (its controls are then hidden). */
  van: LiveVan | null
  /** How to reach the API; tests hand in another app's `request`. */
  fetch?: typeof fetch
}

/**
 * The demo retailer's back office on its own origin: the ops console page (`/`), the public API
 * calls it may make (`/api/v1/…`, forwarded with the API key, which never reaches the browser)
 * and the demo's controls (`/demo`).
 * @example
 * serve({ fetch: opsConsoleApp({ apiUrl, apiKey, host: '127.0.0.1', clock, van: null }).fetch, port: 8789 })
 */
export function opsConsoleApp(options: OpsConsoleOptions) {
  const guard = sameOriginOnly(options.host)
  return new Hono()
    .use('/api/*', guard)
    .use('/demo', guard)
    .use('/demo/*', guard)
    .route('/', pageAssets())
    .route('/api', apiProxy(options))
    .route('/demo', demoControls(options))
}
