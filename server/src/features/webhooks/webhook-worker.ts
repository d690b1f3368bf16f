import type { AppDeps } from '../../deps.ts'
import { createOutboxSender } from '../../outbox/outbox-sender.ts'
import { resolveTarget, targetPolicyOf } from '../../outbound/target-policy.ts'
import { type ClaimedEvent, claimDueEvents, settleEvent } from './claim-due-events.ts'
import type { OutboxSenderOptions } from '../../outbox/outbox-sender-options.ts'
import { parseRetryAfter, retryDelayMs } from '../../outbox/retry-delay.ts'
import { signWebhook } from './sign-webhook.ts'

// Each event goes to a different shipment's receiver; a shipment's own events wait their turn.
export const DEFAULT_WEBHOOK_OPTIONS: OutboxSenderOptions = {
  pollMs: 1_000,
  retry: { baseMs: 5_000, maxMs: 3_600_000 },
  timeoutMs: 10_000,
  batch: 8,
  random: Math.random,
}

type WorkerDeps = Pick<AppDeps, 'db' | 'clock' | 'logger' | 'outbound' | 'config'>

/**
 * Sends the outbox to each tenant's webhook, signed, oldest first per shipment, retrying with
 * back-off until a 2xx. It runs beside the app, never inside a shopper's request, so a slow
 * receiver slows nobody else. Every instance may run one: the outbox lease shares the work.
 */
export function createWebhookWorker(deps: WorkerDeps, options: OutboxSenderOptions = DEFAULT_WEBHOOK_OPTIONS) {
  async function attempt(event: ClaimedEvent, lease: Date) {
    const fail = (error: string, retryAfterMs?: number) => {
      const now = deps.clock.now()
      const delay = retryDelayMs(event.attempts, options.retry, options.random, retryAfterMs)
      return settleEvent(deps.db, { id: event.id, lease }, { nextAttemptAt: new Date(now.getTime() + delay), error })
    }
    const target = await resolveTarget(new URL(event.url), targetPolicyOf(deps), 'webhook')
    if (!target.ok) return fail(`webhook URL refused: ${target.refusal}`)
    try {
      const res = await deps.outbound.fetch(event.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Porchlight-Webhooks/1',
          'Porchlight-Event-Id': event.id,
          'Porchlight-Event-Type': event.type,
          'Porchlight-Signature': await signWebhook(event.secret, event.body, deps.clock.now()),
        },
        body: event.body,
        // A redirect could lead anywhere, including inside our own network.
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      }, target.addresses)
      await res.body?.cancel()
      if (res.status >= 200 && res.status < 300) {
        return settleEvent(deps.db, { id: event.id, lease }, 'delivered')
      }
      return fail(`HTTP ${res.status}`, parseRetryAfter(res.headers.get('Retry-After'), deps.clock.now()))
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error))
    }
  }

  return createOutboxSender('webhook delivery', deps, options, {
    claim: (now, leaseUntil, limit) => claimDueEvents(deps.db, now, leaseUntil, limit),
    deliver: attempt,
  })
}

export type WebhookWorker = ReturnType<typeof createWebhookWorker>
