import { html, nothing, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import { addressClock } from '../../../format/time-window.ts'
import { chatStrings } from './chat-strings.ts'
import { plural, type Localization } from '../../../i18n/index.ts'
import type { ChatTranslation, SendProblem } from '../../../i18n/translation.ts'
import type { ChatPanel, SendFailure } from './chat-panel.ts'

// MAX_MESSAGE_LENGTH of @porchlight/shared, whose values would bring zod into the widget.
const MAX_LENGTH = 1000

/** Formats an instant on the address's clock, naming the day unless it is today there. */
type When = (at: string) => string

/** The conversation, what state it is in, and (while the shopper may write) the form. */
export function renderChat(panel: ChatPanel, view: TrackingView, l: Localization): TemplateResult {
  const c = chatStrings(l)
  const { state } = panel
  if (state === undefined) return html`<p class="hint">${c.loading}</p>`
  if (state === 'failed') {
    return html`<p class="hint">
      ${c.loadFailed}
      <button part="chat-action" type="button" @click=${() => panel.load()}>${l.t.tryAgain}</button>
    </p>`
  }
  const clock = addressClock(l.locale, view.shipment.timeZone)
  const when: When = (at) => (clock.sameDay(at, Date.now()) ? clock.time(at) : clock.moment(at))
  const writable = state.open && view.capabilities.chat
  const status = !state.open
    ? c.closed
    : !view.capabilities.chat
      ? c.readOnly
      : state.closesAt && c.closes(when(state.closesAt))
  return html`${messageList(panel, l, c, when, writable)}
  ${status ? html`<p part="chat-status">${status}</p>` : nothing}
  ${writable ? compose(panel, l, c) : nothing}
  ${panel.failure
    ? html`<p part="chat-error" role="alert">${failureText(panel.failure, l, c)}</p>`
    : nothing}`
}

function messageList(
  panel: ChatPanel,
  l: Localization,
  c: ChatTranslation,
  when: When,
  writable: boolean,
): TemplateResult | typeof nothing {
  const { messages, pending } = panel
  if (messages.length === 0 && pending.length === 0) {
    return writable ? html`<p class="hint">${c.empty}</p>` : nothing
  }
  // Focusable: a list taller than its box scrolls, and keyboards must be able to scroll it.
  return html`<ol part="chat-messages" id="chat-messages" aria-label=${c.messages} tabindex="0">
    ${messages.map((message) => {
      const mine = message.author === 'shopper'
      return html`<li part="chat-message" class=${mine ? 'mine' : 'theirs'}>
        <p class="meta">
          <span class="author">${l.t.author[message.author]}</span>
          <time datetime=${message.createdAt}>${when(message.createdAt)}</time>
          ${mine && message.readAt ? html`<span class="read">${c.read}</span>` : nothing}
        </p>
        <p class="body">${message.body}</p>
      </li>`
    })}
    ${pending.map(
      ({ body }) => html`<li part="chat-message" class="mine pending">
        <p class="meta"><span class="author">${l.t.author.shopper}</span> ${c.sending}</p>
        <p class="body">${body}</p>
      </li>`,
    )}
  </ol>`
}

function compose(panel: ChatPanel, l: Localization, c: ChatTranslation): TemplateResult {
  const number = new Intl.NumberFormat(l.locale)
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    // Emptied here too: text typed since the last render is news to the value binding, which
    // would see '' again and leave the field as it is.
    if (panel.draft.trim()) (event.currentTarget as HTMLFormElement).reset()
    void panel.send(panel.draft, true)
  }
  const input = (event: Event) => {
    panel.draft = (event.target as HTMLTextAreaElement).value
    panel.host.requestUpdate()
  }
  return html`<form class="compose" @submit=${submit}>
      <label class="field">
        <span>${c.yourMessage}</span>
        <textarea
          part="chat-input"
          name="body"
          rows="3"
          maxlength=${MAX_LENGTH}
          required
          aria-describedby="chat-count"
          .value=${panel.draft}
          @input=${input}
        ></textarea>
      </label>
      <span class="counter" id="chat-count">
        ${c.characters(number.format(panel.draft.length), number.format(MAX_LENGTH))}
      </span>
      <div class="actions">
        <button part="chat-send" type="submit">${c.send}</button>
      </div>
    </form>
    <div class="quick-replies" role="group" aria-label=${c.quickRepliesLabel}>
      ${c.quickReplies.map(
        (text) =>
          html`<button part="quick-reply" type="button" @click=${() => panel.send(text, false)}>
            ${text}
          </button>`,
      )}
    </div>`
}

function failureText(
  { code, retryAfter }: SendFailure,
  l: Localization,
  c: ChatTranslation,
): string {
  // Without `Retry-After` (a server that does not expose it across origins), the whole minute
  // the server counts messages over.
  if (code === 'rate_limited') return plural(l, c.tooFast, retryAfter ?? 60)
  return c.problem[code in c.problem ? (code as SendProblem) : 'other']
}
