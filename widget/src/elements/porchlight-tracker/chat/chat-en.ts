import type { ChatTranslation } from '../../../i18n/translation.ts'

export const chatEn: ChatTranslation = {
  messages: 'Messages',
  empty: 'No messages yet. Ask your driver or our support team anything about this delivery.',
  loading: 'Loading the conversation…',
  loadFailed: 'We couldn’t load the conversation just now.',
  yourMessage: 'Your message',
  characters: (count, max) => `${count} of ${max} characters`,
  send: 'Send',
  sending: 'Sending…',
  read: 'Read',
  quickRepliesLabel: 'Quick replies',
  quickReplies: ['I’m home', 'Leave it with a neighbour', 'Running late?'],
  closed: 'This conversation is closed.',
  closes: (when) => `Chat closes at ${when}`,
  readOnly: 'Replies aren’t available for this delivery.',
  tooFast: {
    one: 'You’re sending messages too fast. Try again in # second.',
    other: 'You’re sending messages too fast. Try again in # seconds.',
  },
  problem: {
    chat_closed: 'Your message wasn’t sent: this conversation has closed.',
    option_disabled: 'Your message wasn’t sent: this shop doesn’t take replies here.',
    validation_failed: 'Your message couldn’t be sent. Please check it and try again.',
    network_error: 'We couldn’t send your message. Check your connection and try again.',
    other: 'We couldn’t send your message just now. Please try again.',
  },
}
