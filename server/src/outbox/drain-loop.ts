import type { Logger } from '../ports/logger.ts'
import { loggableError } from '../errors/loggable-error.ts'

/**
 * Runs `runOnce` over and over while it finds work, then every `pollMs`, or at once when nudged:
 * the shape of every outbox sender. A failing round is logged and the next one tries again.
 */
export function createDrainLoop(name: string, runOnce: () => Promise<number>, options: { pollMs: number; logger: Logger }) {
  let running = false
  let nudged = false
  let wake: (() => void) | undefined
  let loop: Promise<void> | undefined

  async function run() {
    while (running) {
      nudged = false
      let done = 0
      try {
        done = await runOnce()
      } catch (error) {
        options.logger.error(`${name} failed`, loggableError(error))
      }
      if (done > 0 || nudged || !running) continue
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs)
        wake = () => {
          clearTimeout(timer)
          resolve()
        }
      })
      wake = undefined
    }
  }

  return {
    start() {
      if (running) return
      running = true
      loop = run()
    },
    async stop() {
      running = false
      wake?.()
      await loop
    },
    /** New work was queued: look now rather than at the next poll. */
    nudge() {
      nudged = true
      wake?.()
    },
  }
}
