import { nothing, type LitElement, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import type { TrackingController } from '../../controllers/tracking-controller.ts'
import type { Localization } from '../../i18n/index.ts'
import type { FeedbackSection } from './feedback/feedback-section.ts'

/** Feedback is asked for once delivered, and what was left stays on show. */
const wanted = (view: TrackingView) => view.capabilities.feedback || view.feedback !== null

/**
 * Where "How did we do?" goes. Its code, strings and styles are a chunk of their own, fetched
 * once a view asks for feedback: most views never do, being of parcels still on their way.
 */
export class FeedbackSlot {
  private readonly host: LitElement
  private readonly tracking: TrackingController
  private section: FeedbackSection | undefined
  private loading = false

  constructor(host: LitElement, tracking: TrackingController) {
    this.host = host
    this.tracking = tracking
  }

  /** For another shipment: what was typed for this one goes. */
  reset(): void {
    this.section = undefined
  }

  viewed(view: TrackingView): void {
    if (wanted(view) && !this.section && !this.loading) void this.load()
  }

  render(view: TrackingView, l: Localization): TemplateResult | typeof nothing {
    return wanted(view) && this.section ? this.section.render(view, l) : nothing
  }

  /**
   * A chunk that does not load leaves the section out, as before delivery: the shopper asked
   * for nothing that failed. The next view (a live event, a re-fetch) tries again.
   */
  private async load(): Promise<void> {
    this.loading = true
    try {
      const { FeedbackSection } = await import('./feedback/feedback-section.ts')
      this.section ??= new FeedbackSection(this.host, this.tracking)
      this.host.requestUpdate()
    } catch {
      // Left out; see above.
    }
    this.loading = false
  }
}
