import type { Conversation, MessageAuthor } from '@porchlight/shared'
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm'
import { messages } from '../../db/schema/index.ts'
import { validationFailed } from '../../errors/api-error.ts'
import type { TenantContext } from '../../context.ts'
import { commitWithNews } from '../../outbox/commit-with-news.ts'
import { conversationTarget } from './conversation-target.ts'
import { toMessage } from './message-view.ts'

const MAX_MESSAGES = 500

export async function getConversation({ ctx, input }: { ctx: TenantContext; input: { shipmentId: string } }): Promise<Conversation> {
  const target = await conversationTarget(ctx.db, { tenantId: ctx.tenantId, shipmentId: input.shipmentId, now: ctx.clock.now(), lock: false })
  const rows = await ctx.db
    .select()
    .from(messages)
    .where(eq(messages.shipmentId, target.id))
    .orderBy(asc(messages.seq))
    .limit(MAX_MESSAGES)
  return { messages: rows.map(toMessage), open: target.open, closesAt: target.closesAt?.toISOString() ?? null }
}

/**
 * One side has read the conversation up to a message: the other side's messages up to it are
 * marked read, and the shopper's open pages hear of each.
 */
export async function markRead({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: { shipmentId: string; reader: 'shopper' | 'retailer'; upTo: string }
}): Promise<void> {
  const written: MessageAuthor[] = input.reader === 'shopper' ? ['driver', 'support'] : ['shopper']
  const now = ctx.clock.now()
  await commitWithNews(ctx, async (tx, news) => {
    await conversationTarget(tx, { tenantId: ctx.tenantId, shipmentId: input.shipmentId, now, lock: true })
    const [last] = await tx
      .select({ seq: messages.seq })
      .from(messages)
      .where(and(eq(messages.id, input.upTo), eq(messages.shipmentId, input.shipmentId)))
    if (!last) throw validationFailed([{ path: 'upTo', message: 'is not a message of this conversation' }])
    const read = await tx
      .update(messages)
      .set({ readAt: now })
      .where(
        and(
          eq(messages.shipmentId, input.shipmentId),
          lte(messages.seq, last.seq),
          inArray(messages.author, written),
          isNull(messages.readAt),
        ),
      )
      .returning()
    read.sort((a, b) => a.seq - b.seq)
    for (const row of read) await news.live(input.shipmentId, 'message', { message: toMessage(row) })
  })
}
