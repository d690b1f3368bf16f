import { z } from 'zod'
import { Instant } from './instant.ts'
import { multilineText, ResourceId } from './text.ts'

export const MAX_MESSAGE_LENGTH = 1000

export const MessageAuthor = z.enum(['shopper', 'driver', 'support'])
export type MessageAuthor = z.infer<typeof MessageAuthor>

/** Plain text, always: whatever looks like markup is shown as the characters it is. */
export const Message = z
  .object({
    id: z.string(),
    author: MessageAuthor,
    body: z.string(),
    createdAt: Instant,
    readAt: Instant.nullable().meta({ description: 'When the other side read it.' }),
  })
  .meta({ id: 'Message' })
export type Message = z.infer<typeof Message>

export const PostShopperMessageRequest = z
  .strictObject({ body: multilineText(MAX_MESSAGE_LENGTH) })
  .meta({ id: 'PostShopperMessageRequest' })
export type PostShopperMessageRequest = z.infer<typeof PostShopperMessageRequest>

export const PostRetailerMessageRequest = z
  .strictObject({ author: z.enum(['driver', 'support']), body: multilineText(MAX_MESSAGE_LENGTH) })
  .meta({ id: 'PostRetailerMessageRequest' })
export type PostRetailerMessageRequest = z.infer<typeof PostRetailerMessageRequest>

export const Conversation = z
  .object({
    messages: z.array(Message),
    open: z.boolean().meta({ description: 'False once the delivery is over and its grace period has passed.' }),
    closesAt: Instant.nullable().meta({ description: 'When a finished delivery\'s chat closes; null while it is under way.' }),
  })
  .meta({ id: 'Conversation' })
export type Conversation = z.infer<typeof Conversation>

export const MarkReadRequest = z
  .strictObject({ upTo: ResourceId.meta({ description: 'The id of the latest message read.' }) })
  .meta({ id: 'MarkReadRequest' })
export type MarkReadRequest = z.infer<typeof MarkReadRequest>

export const InboxQuery = z.strictObject({
  after: z.string().max(40).optional().meta({ description: 'The `cursor` of the previous page: only newer messages.' }),
  limit: z.coerce.number().int().min(1).max(200).default(100),
})
export type InboxQuery = z.infer<typeof InboxQuery>

export const InboxMessage = Message.extend({ shipmentId: z.string(), orderRef: z.string() }).meta({ id: 'InboxMessage' })
export type InboxMessage = z.infer<typeof InboxMessage>

export const Inbox = z
  .object({
    messages: z.array(InboxMessage),
    cursor: z.string().meta({ description: 'Pass as `after` to get only what is newer.' }),
  })
  .meta({ id: 'Inbox' })
export type Inbox = z.infer<typeof Inbox>

export const MessageEventData = z.object({ message: Message })
export type MessageEventData = z.infer<typeof MessageEventData>
