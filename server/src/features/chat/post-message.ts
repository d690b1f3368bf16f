import type { Message, MessageAuthor } from '@porchlight/shared'
import { ApiError, optionDisabled } from '../../errors/api-error.ts'
import { messages } from '../../db/schema/index.ts'
import type { TenantContext } from '../../context.ts'
import { commitWithNews } from '../../outbox/commit-with-news.ts'
import { enqueuePush } from '../push/index.ts'
import { enforceRateLimit, type RateLimitRule } from '../../rate-limits/rate-limit.ts'
import { enqueueWebhook } from '../webhooks/index.ts'
import { conversationTarget } from './conversation-target.ts'
import { toMessage } from './message-view.ts'

// A person typing sends a few a minute; more is a script or a stuck button.
export const SHOPPER_MESSAGES_PER_MINUTE: RateLimitRule = { name: 'shopper-messages-minute', limit: 10, windowMs: 60_000 }
export const SHOPPER_MESSAGES_PER_DAY: RateLimitRule = { name: 'shopper-messages-day', limit: 100, windowMs: 86_400_000 }

const chatClosed = () => new ApiError('chat_closed', 'This conversation is closed: the delivery is over.')

/**
 * Adds a message to a delivery's conversation while it is open, and tells both sides: the
 * shopper's open pages over the live stream, the retailer by webhook when the shopper wrote.
 */
export async function postMessage({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: { shipmentId: string; author: MessageAuthor; body: string }
}): Promise<Message> {
  const now = ctx.clock.now()
  if (input.author === 'shopper') {
    await enforceRateLimit(ctx.db, SHOPPER_MESSAGES_PER_MINUTE, input.shipmentId, now)
    await enforceRateLimit(ctx.db, SHOPPER_MESSAGES_PER_DAY, input.shipmentId, now)
  }
  return commitWithNews(ctx, async (tx, news) => {
    const target = await conversationTarget(tx, { tenantId: ctx.tenantId, shipmentId: input.shipmentId, now, lock: true })
    if (!target.open) throw chatClosed()
    if (input.author === 'shopper' && !target.settings.options.chat) {
      throw optionDisabled('The retailer does not offer chat.')
    }
    const [row] = await tx
      .insert(messages)
      .values({ id: ctx.ids.id('msg'), tenantId: ctx.tenantId, shipmentId: input.shipmentId, author: input.author, body: input.body, createdAt: now })
      .returning()
    if (!row) throw new Error('message vanished inside its transaction')
    const message = toMessage(row)
    if (input.author === 'shopper') {
      const shipment = { id: target.id, orderRef: target.orderRef }
      if (await enqueueWebhook(tx, ctx, { tenantId: ctx.tenantId, shipment, type: 'message.created', actor: 'shopper', data: { message } })) {
        news.queued('webhooks')
      }
    } else if (await enqueuePush(tx, ctx, { shipmentId: input.shipmentId, kind: 'message', message: { author: input.author, body: input.body } })) {
      news.queued('pushes')
    }
    await news.live(input.shipmentId, 'message', { message })
    return message
  })
}
