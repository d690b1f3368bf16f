import { nothing, type LitElement, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import type { TrackingController } from '../../../controllers/tracking-controller.ts'
import type { Localization } from '../../../i18n/index.ts'
import type { FeedbackSection } from './feedback-section.ts'
import { LazyPart } from '../lazy-part.ts'

/** Feedback is asked for once delivered, and what was left stays on show. */
const wanted = (view: TrackingView) => view.capabilities.feedback || view.feedback !== null

/**
 * Where "How did we do?" goes. Its code, strings and styles are a chunk of their own, fetched
 * once a view asks for feedback: most views never do, being of parcels still on their way. A
 * chunk that does not load leaves the section out, as before delivery; the next view (a live
 * event, a re-fetch) tries again.
 */
export class FeedbackSlot {
  private readonly section: LazyPart<FeedbackSection>

  constructor(host: LitElement, tracking: TrackingController) {
    this.section = new LazyPart(host, async () => {
      const { FeedbackSection } = await import('./feedback-section.ts')
      return new FeedbackSection(host, tracking)
    })
  }

  /** For another shipment: what was typed for this one goes. */
  reset(): void {
    this.section.reset()
  }

  /** Whether the section is wanted and its code still on its way. */
  settling(view: TrackingView): boolean {
    return wanted(view) && this.section.pending()
  }

  render(view: TrackingView, l: Localization): TemplateResult | typeof nothing {
    return (wanted(view) && this.section.get()?.render(view, l)) || nothing
  }
}
