import { html, nothing, type LitElement, type TemplateResult } from 'lit'
import type { FeedbackTag, PostFeedbackRequest, TrackingView } from '@porchlight/shared'
import { callApi } from '../../../api/call-api.ts'
import type { TrackingController } from '../../../controllers/tracking-controller.ts'
import { emit, type TrackingErrorCode } from '../../../events/porchlight-events.ts'
import { feedbackStrings } from './feedback-strings.ts'
import type { Localization } from '../../../i18n/index.ts'
import type { FeedbackProblem, FeedbackTranslation } from '../../../i18n/translation.ts'
import { joinStyles } from '../../../styles/join-styles.ts'
import { panelControls } from '../../../styles/panel-controls.ts'
import { feedbackForm } from './feedback-form.ts'
import { styles } from './feedback-section.styles.ts'
import { feedbackThanks } from './feedback-thanks.ts'

/** What the form holds. */
export interface FeedbackDraft {
  readonly rating: number | undefined
  readonly tags: readonly FeedbackTag[]
  readonly comment: string
}

/** What the form and the thanks render from. */
export interface FeedbackContext {
  readonly view: TrackingView
  readonly l: Localization
  readonly f: FeedbackTranslation
  readonly section: FeedbackSection
}

/**
 * "How did we do?": a rating, tags and a comment, then thanks with what was said, and "Edit"
 * while the server still takes changes. The view the server answers with is what shows next.
 */
export class FeedbackSection {
  /** What the shopper entered; undefined: what the view holds. */
  draft: FeedbackDraft | undefined
  /** Changing feedback already left. */
  editing = false
  busy = false
  failure: TrackingErrorCode | undefined
  readonly host: LitElement
  private readonly tracking: TrackingController

  constructor(host: LitElement, tracking: TrackingController) {
    this.host = host
    this.tracking = tracking
    // The tracker's own styles were adopted before this chunk arrived: these join them.
    joinStyles(host, panelControls)
    joinStyles(host, styles)
  }

  render(view: TrackingView, l: Localization): TemplateResult {
    const f = feedbackStrings(l)
    const ctx: FeedbackContext = { view, l, f, section: this }
    const { failure } = this
    return html`<section part="feedback" aria-labelledby="feedback-heading">
      <h3 id="feedback-heading" tabindex="-1">${f.heading}</h3>
      ${view.feedback && !this.editing ? feedbackThanks(ctx, view.feedback) : feedbackForm(ctx)}
      ${failure
        ? html`<p part="feedback-error" role="alert">
            ${f.problem[failure in f.problem ? (failure as FeedbackProblem) : 'other']}
          </p>`
        : nothing}
    </section>`
  }

  entered({ feedback }: TrackingView): FeedbackDraft {
    return (
      this.draft ?? {
        rating: feedback?.rating,
        tags: (feedback?.tags ?? []) as FeedbackTag[],
        comment: feedback?.comment ?? '',
      }
    )
  }

  set(view: TrackingView, change: Partial<FeedbackDraft>): void {
    this.draft = { ...this.entered(view), ...change }
    this.host.requestUpdate()
  }

  readonly edit = (): void => {
    this.editing = true
    this.failure = undefined
    // The form opens on what was said, and focus on the rating given.
    this.focus('input[name="rating"]:checked')
  }

  readonly cancel = (): void => {
    this.editing = false
    this.draft = undefined
    this.failure = undefined
    this.focus('#feedback-heading')
  }

  async submit(view: TrackingView): Promise<void> {
    const { rating, tags, comment } = this.entered(view)
    const url = this.tracking.viewUrl
    if (!rating || !url || this.busy) return
    const text = comment.trim()
    // Tags always, so that unticking them all clears them; the comment only when there is one.
    const body: PostFeedbackRequest = { rating, tags: [...tags], ...(text ? { comment: text } : {}) }
    this.busy = true
    this.failure = undefined
    this.host.requestUpdate()
    const answer = await callApi<TrackingView>(`${url}/feedback`, 'POST', body)
    this.busy = false
    if (url !== this.tracking.viewUrl) return
    if (answer.ok) {
      this.editing = false
      this.draft = undefined
      this.tracking.accept(answer.body)
      emit(this.host, 'porchlight-feedback', { rating })
      // The form, and the button pressed, are gone: the heading keeps the shopper's place.
      this.focus('#feedback-heading')
    } else {
      this.failure = answer.code
      if (answer.code === 'feedback_frozen') {
        // Nothing can be changed: back to what was said, and the view's capabilities agree.
        this.editing = false
        this.draft = undefined
        this.tracking.reload()
      }
    }
    this.host.requestUpdate()
  }

  private focus(selector: string): void {
    this.host.requestUpdate()
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(`[part~='feedback'] ${selector}`)?.focus(),
    )
  }
}
