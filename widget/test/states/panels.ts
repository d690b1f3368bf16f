import { waitUntil } from '@open-wc/testing'
import type { Feedback, TrackingView } from '@porchlight/shared'
import type { PorchlightTracker } from '../../src/elements/porchlight-tracker/porchlight-tracker.ts'
import { chatAlert, openChat, sendMessage } from '../chat-panel.ts'
import { chatting, deliveredNewYork, earlierMessages } from '../fixtures/conversation.js'
import { brooklynPickupPoints, changeable, newYorkWindows } from '../fixtures/manage.js'
import { alerted, button, fill, openPanel } from '../manage-panel.ts'
import { streamLog } from '../mock-api.ts'
import {
  conversing,
  replyAs,
  scriptConversation,
  type ConversationSetup,
} from '../mock-conversation.ts'
import { manageable, scriptAnswers } from '../mock-manage.ts'
import { part, parts, readable, settled } from '../tracker.ts'
import { mount, type Scheme, type TrackerState } from './mount.ts'

/** Every change allowed, and one of each already made, so every button of the panel shows. */
const allMade: TrackingView = {
  ...changeable,
  preferences: {
    window: null,
    safePlace: { place: 'porch', note: 'Behind the bench' },
    instructions: { text: 'Ring twice' },
    pickupPoint: {
      id: 'pp_locker',
      name: 'Kent Ave Locker',
      kind: 'locker',
      address: { line1: '140 Kent Avenue', city: 'Brooklyn', postcode: '11249' },
    },
    accessNeeds: ['extra_time'],
  },
}

/** Left earlier, still editable, about a damaged parcel (which tells the shop). */
const damaged: Feedback = {
  rating: 1,
  tags: ['damaged', 'late'],
  comment: 'The box was crushed',
  editableUntil: '2030-11-26T15:00:00Z',
}

/** A tracker of `allMade` with Manage delivery open; `failing`: its lists did not load. */
async function managing(scheme: Scheme, lists?: 'failing'): Promise<[PorchlightTracker, string]> {
  const setup = { view: allMade, windows: newYorkWindows, pickupPoints: brooklynPickupPoints }
  const token = await manageable('a11y-manage', setup)
  if (lists) {
    await scriptAnswers(token, 'windows', [{ status: 500, code: 'internal_error' }])
    await scriptAnswers(token, 'pickup-points', [{ status: 500, code: 'internal_error' }])
  }
  const tracker = await settled(mount(scheme, { token }))
  await openPanel(tracker)
  return [tracker, token]
}

/** A tracker of a token the mock's chat and feedback endpoints keep from `setup` on. */
async function conversation(scheme: Scheme, setup: ConversationSetup) {
  const token = await conversing('a11y-chat', setup)
  return [await settled(mount(scheme, { token })), token] as const
}

/** The panels a shopper opens: Manage delivery, the chat, and feedback once delivered. */
export const panelStates: readonly TrackerState[] = [
  {
    name: 'Manage delivery: every section, with a change turned down',
    async show(scheme) {
      const [tracker, token] = await managing(scheme)
      const errors = [{ path: 'accessCode', message: 'must not contain control characters' }]
      const refused = { status: 422, code: 'validation_failed', errors } as const
      await scriptAnswers(token, 'instructions', [refused])
      fill(tracker, 'accessCode', '12 34')
      button(tracker, 'instructions', 'Save').click()
      await alerted(tracker)
      return tracker
    },
  },
  {
    name: 'Manage delivery: options that did not load, with Try again',
    async show(scheme) {
      const [tracker] = await managing(scheme, 'failing')
      await waitUntil(() => parts(tracker, 'manage-action').length >= 2, 'no Try again')
      return tracker
    },
  },
  {
    name: 'chat: messages, quick replies, a message not sent',
    async show(scheme) {
      const [tracker, token] = await conversation(scheme, {
        view: chatting,
        messages: earlierMessages,
      })
      await openChat(tracker)
      const tooFast = { status: 429, code: 'rate_limited', retryAfter: 30 } as const
      await scriptConversation(token, 'messages', [tooFast])
      parts(tracker, 'quick-reply')[0]!.click()
      await chatAlert(tracker)
      return tracker
    },
  },
  {
    name: 'chat: a message being sent',
    async show(scheme) {
      const [tracker, token] = await conversation(scheme, { view: chatting })
      await openChat(tracker)
      await scriptConversation(token, 'messages', [{ status: 201, delayMs: 5000 }])
      sendMessage(tracker, 'Side door, please')
      await waitUntil(() => readable(part(tracker, 'chat-messages')).includes('Sending…'))
      return tracker
    },
  },
  {
    name: 'chat closed, with unread messages on its button',
    async show(scheme) {
      const [tracker, token] = await conversation(scheme, { view: chatting })
      await waitUntil(async () => (await streamLog(token)).open === 1, 'the stream never opened')
      await replyAs(token, 'driver', 'I’m outside')
      await waitUntil(() => part(tracker, 'chat-badge'), 'no badge')
      return tracker
    },
  },
  {
    name: 'chat: a closed conversation, read-only',
    async show(scheme) {
      const view = { ...deliveredNewYork, capabilities: { ...chatting.capabilities, chat: false } }
      const setup = { view, messages: earlierMessages, open: false }
      const [tracker] = await conversation(scheme, setup)
      await waitUntil(() => part(tracker, 'chat-button'), 'no chat for a past conversation')
      await openChat(tracker)
      return tracker
    },
  },
  {
    name: 'delivered: the feedback form',
    async show(scheme) {
      const [tracker] = await conversation(scheme, { view: deliveredNewYork })
      await waitUntil(() => part(tracker, 'feedback-star'), 'no feedback form', { timeout: 3000 })
      return tracker
    },
  },
  {
    name: 'delivered: feedback not saved',
    async show(scheme) {
      const [tracker, token] = await conversation(scheme, { view: deliveredNewYork })
      await waitUntil(() => part(tracker, 'feedback-star'), 'no feedback form', { timeout: 3000 })
      await scriptConversation(token, 'feedback', [{ status: 409, code: 'feedback_not_open' }])
      parts(tracker, 'feedback-star')[2]!.click()
      part(tracker, 'feedback-submit')!.click()
      await waitUntil(() => part(tracker, 'feedback-error'), 'no alert')
      return tracker
    },
  },
  {
    name: 'delivered: feedback left, with Edit and the shop told',
    async show(scheme) {
      const view = { ...deliveredNewYork, feedback: damaged }
      const [tracker] = await conversation(scheme, { view })
      await waitUntil(() => part(tracker, 'feedback-edit'), 'no Edit', { timeout: 3000 })
      return tracker
    },
  },
]
