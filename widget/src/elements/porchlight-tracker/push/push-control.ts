import { html, nothing, type LitElement, type TemplateResult } from 'lit'
import type { PushPublicKey } from '@porchlight/shared'
import { callApi } from '../../../api/call-api.ts'
import type { TrackingController } from '../../../controllers/tracking-controller.ts'
import type { TrackingErrorCode } from '../../../events/porchlight-events.ts'
import type { Localization } from '../../../i18n/index.ts'
import { pushStrings, type PushProblem, type PushStatus } from './push-strings.ts'
import { joinStyles } from '../../../styles/join-styles.ts'
import { styles } from './push-control.styles.ts'
import { currentSubscription, subscribe, subscriptionBody } from './push-browser.ts'
import { forget, givenTo, remember } from './push-records.ts'
import { pushSupport } from './push-support.ts'

export interface PushConfig {
  /** The Porchlight server, with no trailing slash. */
  readonly api: string
  /** The service worker file, on this page's origin; empty when none is known. */
  readonly serviceWorker: string
  /** The page a click on a notification opens. */
  readonly openUrl: string
}

/**
 * "Notify me" for one delivery: turns its web push notifications on and off in this browser,
 * and says honestly where they stand: on, blocked in the browser's settings, or (on an iPhone,
 * in the browser) possible only from the Home Screen. Where push cannot work, nothing shows.
 * Permission is asked for on the button's click, at no other time. Made afresh for each delivery.
 */
export class PushControl {
  /** `undefined`: still finding out, or nothing to offer; nothing shows rather than a guess. */
  private status: PushStatus | undefined
  /** Whether it has found out what this browser can do and whether it is subscribed. */
  checked = false
  private failure: PushProblem | TrackingErrorCode | undefined
  private subscription: PushSubscription | null = null
  private readonly host: LitElement
  private readonly tracking: TrackingController
  private readonly config: () => PushConfig

  constructor(host: LitElement, tracking: TrackingController, config: () => PushConfig) {
    this.host = host
    this.tracking = tracking
    this.config = config
    joinStyles(host, styles)
    void this.check().finally(() => {
      this.checked = true
      this.host.requestUpdate()
    })
  }

  render(l: Localization): TemplateResult | typeof nothing {
    const { status, failure } = this
    if (!status) return nothing
    const n = pushStrings(l)
    const on = status === 'on' || status === 'turning-off'
    const button = !['blocked', 'home-screen'].includes(status) && failure !== 'option_disabled'
    // One button throughout, its label changing, so focus stays on it; aria-disabled rather
    // than disabled while working, which would drop focus.
    return html`<div part="notify">
      <p role="status" tabindex="-1">${n.status[status]}</p>
      ${button
        ? html`<button
            part="button notify-button"
            type="button"
            aria-disabled=${String(status.startsWith('turning'))}
            @click=${on ? this.turnOff : this.turnOn}
          >
            ${on ? n.turnOff : n.notifyMe}
          </button>`
        : nothing}
      ${failure
        ? html`<p part="notify-error" role="alert">
            ${n.problem[failure in n.problem ? (failure as PushProblem) : 'other']}
          </p>`
        : nothing}
    </div>`
  }

  private async check(): Promise<void> {
    const support = pushSupport()
    if (!support) return
    if (support === 'home-screen') return this.show('home-screen')
    if (Notification.permission === 'denied') return this.show('blocked')
    const url = this.tracking.viewUrl
    const subscription = await currentSubscription(this.config().serviceWorker).catch(() => null)
    const mine = url && subscription && (await givenTo(url)) === subscription.endpoint
    this.subscription = mine ? subscription : null
    this.show(mine ? 'on' : 'off')
  }

  private readonly turnOn = async (): Promise<void> => {
    const url = this.tracking.viewUrl
    if (!url || this.status !== 'off') return
    const { api, serviceWorker, openUrl } = this.config()
    // Asked before anything is awaited: browsers show the prompt only within the click, and
    // Safari does not count what follows an await as part of it.
    const permission = Notification.requestPermission()
    const key = callApi<PushPublicKey>(`${api}/v1/push/public-key`)
    this.show('turning-on')
    const granted = await permission
    if (granted === 'denied') {
      this.show('blocked')
      // The button has gone: focus goes to what says why.
      await this.host.updateComplete
      const { renderRoot } = this.host
      return renderRoot.querySelector<HTMLElement>('[part~="notify"] [role="status"]')?.focus()
    }
    // Dismissed: back to the button, which may ask again.
    if (granted !== 'granted') return this.show('off')
    const answer = await key
    if (!answer.ok) return this.show('off', answer.code)
    let subscription: PushSubscription
    try {
      subscription = await subscribe(serviceWorker, answer.body.key)
    } catch {
      return this.show('off', 'subscribe_failed')
    }
    const body = subscriptionBody(subscription, openUrl)
    const saved = await callApi(`${url}/push-subscriptions`, 'POST', body)
    if (!saved.ok) return this.show('off', saved.code)
    await remember(url, subscription.endpoint)
    this.subscription = subscription
    this.show('on')
  }

  private readonly turnOff = async (): Promise<void> => {
    const url = this.tracking.viewUrl
    const { subscription } = this
    if (!url || !subscription || this.status !== 'on') return
    this.show('turning-off')
    const { endpoint } = subscription
    const answer = await callApi(`${url}/push-subscriptions`, 'DELETE', { endpoint })
    if (!answer.ok) return this.show('on', 'off_failed')
    // Left alone while another delivery of this shop's still uses it; see push-records.ts.
    if (!(await forget(url, endpoint))) await subscription.unsubscribe().catch(() => false)
    this.subscription = null
    this.show('off')
  }

  private show(status: PushStatus, failure?: PushProblem | TrackingErrorCode): void {
    this.status = status
    this.failure = failure
    this.host.requestUpdate()
  }
}
