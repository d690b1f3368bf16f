import { nothing, type LitElement, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import type { TrackingController } from '../../../controllers/tracking-controller.ts'
import type { Localization } from '../../../i18n/index.ts'
import { isFinal } from '../../../live/live-event.ts'
import { LazyPart } from '../lazy-part.ts'
import type { PushConfig, PushControl } from './push-control.ts'

/**
 * Where "Notify me" goes: while the shop sends notifications, the delivery is not over and
 * there is a service worker to register. Its code, strings and styles are a chunk of their own,
 * fetched then, which looks closer at what this browser can do.
 */
export class PushSlot {
  private readonly control: LazyPart<PushControl>
  private readonly config: () => PushConfig

  constructor(host: LitElement, tracking: TrackingController, config: () => PushConfig) {
    this.config = config
    this.control = new LazyPart(host, async () => {
      const { PushControl } = await import('./push-control.ts')
      return new PushControl(host, tracking, config)
    })
  }

  /** For another shipment: whether this browser is subscribed to it is found out afresh. */
  reset(): void {
    this.control.reset()
  }

  /** Whether the control is wanted and its code, or what it says of this browser, on its way. */
  settling(view: TrackingView): boolean {
    if (!this.wanted(view)) return false
    return this.control.pending() || this.control.value?.checked === false
  }

  render(view: TrackingView, l: Localization): TemplateResult | typeof nothing {
    return (this.wanted(view) && this.control.get()?.render(l)) || nothing
  }

  private wanted(view: TrackingView): boolean {
    // Not even the chunk where push cannot be: `standalone` is iOS's, whose browser has no
    // PushManager outside the Home Screen, where the chunk says how to get there.
    const maybe =
      'serviceWorker' in navigator && ('PushManager' in window || 'standalone' in navigator)
    return (
      view.capabilities.push &&
      !isFinal(view.shipment.status) &&
      maybe &&
      Boolean(this.config().serviceWorker)
    )
  }
}
