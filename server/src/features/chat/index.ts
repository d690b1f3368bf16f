/**
 * Chat: the conversation between a shopper and the driver or the retailer's support, both
 * sides of it, and the retailer's inbox across every conversation.
 */
export { conversationState } from './conversation-state.ts'
export { conversationTarget } from './conversation-target.ts'
export { getConversation } from './read-conversation.ts'
export { retailerChatRoutes } from './retailer-chat-routes.ts'
export { shopperChatRoutes } from './shopper-chat-routes.ts'
