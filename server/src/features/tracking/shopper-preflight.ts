import type { Context } from 'hono'
import type { AppEnv } from '../../env.ts'
import { allowTenantOrigin } from '../tokens/index.ts'
import type { TrackedShipment } from './get-tracking-view.ts'

type LoadTracked = (token: string) => Promise<TrackedShipment | undefined>

/**
 * Answers the browser's preflight for the widget's writes (JSON bodies make them
 * non-simple). Only the shipment's tenant's origins are allowed; others get no CORS headers,
 * so the browser refuses the call.
 */
export function shopperPreflight(loadTracked: LoadTracked) {
  return async (c: Context<AppEnv>) => {
    const token = c.req.path.split('/')[3]
    const tracked = token ? await loadTracked(token) : undefined
    if (tracked) {
      allowTenantOrigin(c, tracked.allowedOrigins)
      c.header('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE')
      c.header('Access-Control-Allow-Headers', 'Content-Type, Last-Event-ID')
      c.header('Access-Control-Max-Age', '600')
    }
    return c.body(null, 204)
  }
}
