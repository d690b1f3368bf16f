import { html, nothing, type TemplateResult } from 'lit'
import type { CASE_TAGS, Feedback, FeedbackTag } from '@porchlight/shared'
import { addressClock } from '../../../format/time-window.ts'
import { plural } from '../../../i18n/index.ts'
import type { FeedbackContext } from './feedback-section.ts'

// The tags that open a case for the shop: CASE_TAGS of @porchlight/shared, typed against it.
const CASES: ReadonlySet<string> = new Set<(typeof CASE_TAGS)[number]>(['not_received', 'damaged'])

/**
 * Feedback already left: the rating, tags and comment as saved, the case note when a tag opened
 * one, and "Edit" until the server stops taking changes (`editableUntil`, on the address's
 * clock); after that, read-only.
 */
export function feedbackThanks(
  { view, l, f, section }: FeedbackContext,
  saved: Feedback,
): TemplateResult {
  const until = saved.editableUntil
  const editable = view.capabilities.feedback && (until === null || Date.parse(until) > Date.now())
  const clock = addressClock(l.locale, view.shipment.timeZone)
  return html`<p>${f.thanks}</p>
    <p class="rated">
      <span class="shown-stars" aria-hidden="true"
        >${'★'.repeat(saved.rating)}${'☆'.repeat(5 - saved.rating)}</span
      >
      ${f.rated(plural(l, f.stars, saved.rating))}
    </p>
    ${saved.tags.length > 0
      ? html`<ul class="saved-tags">
          ${saved.tags.map(
            (tag) => html`<li>${tag in f.tag ? f.tag[tag as FeedbackTag] : tag}</li>`,
          )}
        </ul>`
      : nothing}
    ${saved.comment ? html`<p class="comment">${saved.comment}</p>` : nothing}
    ${saved.tags.some((tag) => CASES.has(tag))
      ? html`<p part="feedback-case">${f.caseOpened(view.shipment.retailer.name)}</p>`
      : nothing}
    ${editable
      ? html`${until ? html`<p class="hint">${f.editableUntil(clock.moment(until))}</p>` : nothing}
          <div class="actions">
            <button part="feedback-edit" type="button" @click=${section.edit}>${f.edit}</button>
          </div>`
      : nothing}`
}
