import { html, nothing, type TemplateResult } from 'lit'
import type { FeedbackTag } from '@porchlight/shared'
import { plural } from '../../../i18n/index.ts'
import type { FeedbackContext } from './feedback-section.ts'

// The FeedbackTag values of @porchlight/shared (whose values would bring zod), in the order
// shown: what went well, then what did not.
const TAGS: readonly FeedbackTag[] = [
  'on_time',
  'careful_driver',
  'friendly_driver',
  'late',
  'damaged',
  'wrong_place',
  'not_received',
  'left_unsafe',
  'rude_driver',
]

const RATINGS = [1, 2, 3, 4, 5] as const

// The server's limit on a comment.
const MAX_COMMENT = 1000

/**
 * The rating is a radio group, so arrow keys move along the stars as in any other; each star is
 * named "1 star" … "5 stars". Tags are checkboxes; the comment is optional and counted.
 */
export function feedbackForm({ view, l, f, section }: FeedbackContext): TemplateResult {
  const { rating, tags, comment } = section.entered(view)
  const number = new Intl.NumberFormat(l.locale)
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    void section.submit(view)
  }
  const toggle = (tag: FeedbackTag) => (event: Event) => {
    const on = (event.target as HTMLInputElement).checked
    // Read now, not at render: a second tick may come before the first has rendered.
    const ticked = section.entered(view).tags.filter((other) => other !== tag)
    section.set(view, { tags: on ? [...ticked, tag] : ticked })
  }
  const type = (event: Event) =>
    section.set(view, { comment: (event.target as HTMLTextAreaElement).value })
  return html`<form @submit=${submit}>
    <fieldset class="stars">
      <legend>${f.rating}</legend>
      ${RATINGS.map((stars) => {
        // Filled or hollow, not only another colour: the rating must not rest on colour alone.
        const on = rating !== undefined && stars <= rating
        return html`<label part="feedback-star" class=${on ? 'on' : ''}>
          <input
            type="radio"
            name="rating"
            value=${stars}
            required
            .checked=${rating === stars}
            @change=${() => section.set(view, { rating: stars })}
          />
          <span aria-hidden="true">${on ? '★' : '☆'}</span>
          <span class="visually-hidden">${plural(l, f.stars, stars)}</span>
        </label>`
      })}
    </fieldset>
    <fieldset class="tags">
      <legend>${f.tagsLegend}</legend>
      ${TAGS.map(
        (tag) => html`<label part="feedback-tag">
          <input
            type="checkbox"
            name="tags"
            value=${tag}
            .checked=${tags.includes(tag)}
            @change=${toggle(tag)}
          />
          ${f.tag[tag]}
        </label>`,
      )}
    </fieldset>
    <label class="field">
      <span>${f.comment}</span>
      <textarea
        part="feedback-comment"
        name="comment"
        rows="3"
        maxlength=${MAX_COMMENT}
        aria-describedby="feedback-count"
        .value=${comment}
        @input=${type}
      ></textarea>
    </label>
    <span class="counter" id="feedback-count">
      ${f.characters(number.format(comment.length), number.format(MAX_COMMENT))}
    </span>
    <div class="actions">
      <button part="feedback-submit" type="submit" ?disabled=${section.busy}>${f.submit}</button>
      ${section.editing
        ? html`<button part="feedback-action" type="button" @click=${section.cancel}>
            ${f.cancel}
          </button>`
        : nothing}
    </div>
  </form>`
}
