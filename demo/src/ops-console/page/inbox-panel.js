// @ts-check
import { call } from './api.js'
import { byId, element } from './element.js'
import { formatTime } from './format.js'
import { byLatest, foldMessages, latestShopperMessage, markReadUpTo, unreadCount } from './inbox-state.js'
import { poll } from './poll.js'
import { timeZoneOf } from './shipment-zones.js'

/**
 * @typedef {import('./inbox-state.js').Conversation} Conversation
 * @typedef {import('@porchlight/shared').Message} Message
 */

const PAGE_SIZE = 100
const AUTHORS = { shopper: 'Shopper', driver: 'Driver', support: 'Support' }

/** The chat inbox: every conversation, fed live from the tenant-wide message feed. */
export function startInbox() {
  /** @type {Map<string, Conversation>} */
  const conversations = new Map()
  /** @type {Map<string, HTMLLIElement>} */
  const items = new Map()
  const thread = { shipmentId: '', timeZone: 'UTC', shown: new Set() }
  const list = byId('conversations')
  const form = /** @type {HTMLFormElement} */ (byId('reply'))
  const replyNews = byId('reply-news')
  let cursor = ''

  const renderList = () => {
    byId('no-conversations').hidden = conversations.size > 0
    const focused = document.activeElement
    byLatest(conversations).forEach((conversation, index) => {
      const item = items.get(conversation.shipmentId) ?? newItem(conversation.shipmentId)
      const unread = unreadCount(conversation)
      const last = conversation.messages.at(-1)
      const button = /** @type {HTMLButtonElement} */ (item.firstElementChild)
      button.setAttribute('aria-current', String(conversation.shipmentId === thread.shipmentId))
      button.replaceChildren(
        conversation.orderRef,
        ...(unread ? [element('span', { class: 'unread' }, `${unread} unread`)] : []),
        element('span', { class: 'preview' }, last ? `${AUTHORS[last.author]}: ${last.body}` : ''),
      )
      if (list.children[index] !== item) list.insertBefore(item, list.children[index] ?? null)
    })
    // Moving a focused button to the top blurs it; the operator keeps their place.
    if (focused instanceof HTMLElement && document.activeElement !== focused) focused.focus()
  }

  /** @param {string} shipmentId */
  const newItem = (shipmentId) => {
    const button = element('button', { type: 'button' })
    button.addEventListener('click', () => void open(shipmentId).catch(showProblem))
    const item = element('li', {}, button)
    items.set(shipmentId, item)
    return item
  }

  /** @param {Message} message */
  const messageItem = (message) =>
    element(
      'li',
      { class: `from-${message.author}` },
      element('span', { class: 'meta' }, `${AUTHORS[message.author]} · ${formatTime(message.createdAt, thread.timeZone)}`),
      element('span', { class: 'body' }, message.body),
    )

  const showNewMessages = () => {
    const conversation = conversations.get(thread.shipmentId)
    const log = byId('messages')
    for (const message of conversation?.messages ?? []) {
      if (thread.shown.has(message.id)) continue
      thread.shown.add(message.id)
      log.append(messageItem(message))
    }
    log.scrollTop = log.scrollHeight
  }

  /** Tells the API the operator has read what is on screen, when the page is actually in view. */
  const markRead = async () => {
    const conversation = conversations.get(thread.shipmentId)
    const latest = conversation && latestShopperMessage(conversation)
    if (!conversation || !latest || !unreadCount(conversation) || document.visibilityState !== 'visible') return
    await call(`/v1/shipments/${encodeURIComponent(conversation.shipmentId)}/messages/read`, { upTo: latest.id })
    markReadUpTo(conversation, latest.id, new Date().toISOString())
    renderList()
  }

  /** @param {string} shipmentId */
  const open = async (shipmentId) => {
    const conversation = /** @type {Conversation} */ (conversations.get(shipmentId))
    /** @type {import('@porchlight/shared').Conversation} */
    const full = await call(`/v1/shipments/${encodeURIComponent(shipmentId)}/messages`)
    conversation.messages = full.messages
    Object.assign(thread, { shipmentId, timeZone: await timeZoneOf(shipmentId), shown: new Set() })
    // A fresh log element: a live region announces what is added to it, not what it starts with,
    // so opening a conversation does not read its whole history out.
    const log = element('ol', { id: 'messages', role: 'log', 'aria-labelledby': 'thread-heading' })
    byId('messages').replaceWith(log)
    byId('thread-heading').textContent = `Conversation about ${conversation.orderRef}`
    byId('thread').hidden = false
    for (const control of form.querySelectorAll('button, textarea')) /** @type {HTMLButtonElement} */ (control).disabled = !full.open
    replyNews.textContent = full.open ? '' : 'This conversation closed when the delivery ended.'
    showNewMessages()
    renderList()
    await markRead()
  }

  /** @param {string} body */
  const send = async (body) => {
    const author = /** @type {'support' | 'driver'} */ (new FormData(form).get('author'))
    const { shipmentId } = thread
    /** @type {Message} */
    const sent = await call(`/v1/shipments/${encodeURIComponent(shipmentId)}/messages`, { author, body })
    foldMessages(conversations, [{ ...sent, shipmentId, orderRef: conversations.get(shipmentId)?.orderRef ?? '' }])
    showNewMessages()
    renderList()
    replyNews.textContent = `Sent as ${AUTHORS[author].toLowerCase()}.`
  }

  /** @param {unknown} error */
  const showProblem = (error) => (replyNews.textContent = `Not done: ${error instanceof Error ? error.message : String(error)}`)

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const field = /** @type {HTMLTextAreaElement} */ (form.elements.namedItem('body'))
    const body = field.value.trim()
    if (body) send(body).then(() => (field.value = ''), showProblem)
  })
  for (const quick of form.querySelectorAll('[data-quick-reply]')) {
    quick.addEventListener('click', () => void send(quick.textContent ?? '').catch(showProblem))
  }
  document.addEventListener('visibilitychange', () => void markRead().catch(showProblem))

  let caughtUp = false
  poll('chat inbox', 1000, async () => {
    /** @type {import('@porchlight/shared').InboxMessage[]} */
    const fresh = []
    for (;;) {
      /** @type {import('@porchlight/shared').Inbox} */
      const page = await call(`/v1/messages?limit=${PAGE_SIZE}${cursor ? `&after=${encodeURIComponent(cursor)}` : ''}`)
      fresh.push(...foldMessages(conversations, page.messages))
      cursor = page.cursor
      if (page.messages.length < PAGE_SIZE) break
    }
    renderList()
    if (thread.shipmentId) showNewMessages()
    // What was there when the page opened is history, not news.
    const elsewhere = fresh.filter((m) => m.shipmentId !== thread.shipmentId).at(-1)
    if (caughtUp && elsewhere) byId('inbox-news').textContent = `New message about ${elsewhere.orderRef}: ${elsewhere.body}`
    caughtUp = true
    await markRead()
  })
}
