// @ts-check
import { byId } from './element.js'

const failing = new Set()

/**
 * Runs `work` now and again `ms` after each run ends, so a slow answer never stacks up calls.
 * A failure shows in the page's status line until that poller succeeds again.
 * @param {string} name what is being refreshed, for the status line
 * @param {number} ms
 * @param {() => Promise<void>} work
 */
export function poll(name, ms, work) {
  const run = async () => {
    try {
      await work()
      failing.delete(name)
    } catch (error) {
      failing.add(name)
      console.warn(`${name}: ${error instanceof Error ? error.message : String(error)}`)
    }
    byId('connection').textContent = failing.size ? `Could not refresh: ${[...failing].join(', ')}. Retrying…` : ''
    setTimeout(run, ms)
  }
  void run()
}
