import type { Clock } from '@porchlight/server'
import { Hono } from 'hono'
import type { LiveVan } from '../live-van.ts'

/**
 * The demo's own knobs, called in-process, not through the API: the simulated clock (the page
 * asks for "the last 7 days" of the demo's time, which may run faster than the wall clock) and,
 * when there is a van, buttons that move it along. The van still reports through the API.
 */
export function demoControls(options: { clock: Clock; van: LiveVan | null }) {
  const { van } = options
  const app = new Hono().get('/', (c) => c.json({ now: options.clock.now().toISOString(), van: van?.state() ?? null }))
  if (!van) return app
  return app
    .post('/van/pause', async (c) => {
      await van.pause()
      return c.json(van.state())
    })
    .post('/van/resume', async (c) => {
      await van.resume()
      return c.json(van.state())
    })
    .post('/van/deliver-next', async (c) => c.json({ delivered: await van.deliverNext(), van: van.state() }))
}
