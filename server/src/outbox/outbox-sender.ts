import type { Clock } from '../ports/clock.ts'
import type { Logger } from '../ports/logger.ts'
import { createDrainLoop } from './drain-loop.ts'
import type { OutboxSenderOptions } from './outbox-sender-options.ts'

/**
 * The one shape of an outbox sender (webhooks, pushes): each round leases up to `batch` due
 * rows and delivers them at once, each under the lease, which outlives the longest attempt so
 * that a live sender is never overtaken by another instance; after a crash the lease runs out
 * and another instance takes the row. Rounds follow each other while there is work, then every
 * `pollMs`, or at once when nudged.
 */
export function createOutboxSender<Row>(
  name: string,
  deps: { clock: Clock; logger: Logger },
  options: OutboxSenderOptions,
  steps: {
    /** Leases due rows until `leaseUntil`; two instances never get the same row. */
    claim(now: Date, leaseUntil: Date, limit: number): Promise<Row[]>
    /** Sends one row and records how it went, under `lease`. */
    deliver(row: Row, lease: Date): Promise<void>
  },
) {
  const leaseMs = options.timeoutMs * 3
  /** Claims and sends one batch; resolves to how many rows were attempted. */
  async function runOnce(): Promise<number> {
    const now = deps.clock.now()
    const lease = new Date(now.getTime() + leaseMs)
    const claimed = await steps.claim(now, lease, options.batch)
    await Promise.all(claimed.map((row) => steps.deliver(row, lease)))
    return claimed.length
  }
  return { ...createDrainLoop(name, runOnce, { pollMs: options.pollMs, logger: deps.logger }), runOnce }
}
