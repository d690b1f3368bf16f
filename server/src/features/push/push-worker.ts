import type { AppDeps } from '../../deps.ts'
import { createOutboxSender } from '../../outbox/outbox-sender.ts'
import { resolveTarget, targetPolicyOf } from '../../outbound/target-policy.ts'
import type { OutboxSenderOptions } from '../../outbox/outbox-sender-options.ts'
import { parseRetryAfter, retryDelayMs } from '../../outbox/retry-delay.ts'
import { type ClaimedPush, claimDuePushes, type PushOutcome, settlePush } from './claim-pushes.ts'

// A route's worth of notifications goes out in a few rounds.
export const DEFAULT_PUSH_OPTIONS: OutboxSenderOptions = {
  pollMs: 1_000,
  retry: { baseMs: 2_000, maxMs: 600_000 },
  timeoutMs: 10_000,
  batch: 32,
  random: Math.random,
}

type WorkerDeps = Pick<AppDeps, 'db' | 'clock' | 'logger' | 'outbound' | 'config' | 'push'>

/**
 * Sends queued notifications to the browsers' push services, outside any request: retried on
 * 429 (after its `Retry-After`) and 5xx, dropped when stale, and the subscription deleted when
 * the service says it is gone (404, 410).
 */
export function createPushWorker(deps: WorkerDeps, options: OutboxSenderOptions = DEFAULT_PUSH_OPTIONS) {
  async function send(push: ClaimedPush): Promise<PushOutcome> {
    const now = deps.clock.now()
    const expiresAt = push.createdAt.getTime() + push.ttlSeconds * 1000
    if (now.getTime() >= expiresAt) return { done: now, error: 'expired before it could be sent' }
    const retry = (error: string, retryAfterMs?: number): PushOutcome => {
      const at = now.getTime() + retryDelayMs(push.attempts, options.retry, options.random, retryAfterMs)
      return at >= expiresAt ? { done: now, error: `${error}; expired before a retry` } : { retryAt: new Date(at), error }
    }
    const target = await resolveTarget(new URL(push.endpoint), targetPolicyOf(deps), 'push')
    if (!target.ok) return { done: now, error: `push endpoint refused: ${target.refusal}` }
    try {
      const remaining = Math.max(1, Math.floor((expiresAt - now.getTime()) / 1000))
      const request = await deps.push.encode({ endpoint: push.endpoint, keys: { p256dh: push.p256dh, auth: push.auth } }, push.payload, {
        ttlSeconds: remaining,
        urgency: push.urgency,
        topic: push.topic,
      })
      const res = await deps.outbound.fetch(request.endpoint, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      }, target.addresses)
      await res.body?.cancel()
      if (res.status >= 200 && res.status < 300) return { done: deps.clock.now() }
      if (res.status === 404 || res.status === 410) return { gone: true }
      if (res.status === 429 || res.status >= 500) return retry(`HTTP ${res.status}`, parseRetryAfter(res.headers.get('Retry-After'), now))
      return { done: now, error: `refused with HTTP ${res.status}` }
    } catch (error) {
      return retry(error instanceof Error ? error.message : String(error))
    }
  }

  return createOutboxSender('push delivery', deps, options, {
    claim: (now, leaseUntil, limit) => claimDuePushes(deps.db, now, leaseUntil, limit),
    deliver: async (push, lease) => settlePush(deps.db, { id: push.id, subscriptionId: push.subscriptionId, lease }, await send(push)),
  })
}

export type PushWorker = ReturnType<typeof createPushWorker>
