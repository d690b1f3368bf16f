import type { PushSubscriptionRequest } from '@porchlight/shared'

/**
 * The subscription this browser already holds through the worker at `serviceWorker` (a URL on
 * this page's origin), if that worker is registered.
 */
export async function currentSubscription(serviceWorker: string): Promise<PushSubscription | null> {
  // Takes a page URL and answers the registration whose scope covers it, whatever its script.
  const registration = await navigator.serviceWorker.getRegistration(serviceWorker)
  const worker = registration?.active ?? registration?.waiting ?? registration?.installing
  // The site's own worker may hold that scope, with subscriptions that are none of ours.
  if (!registration || worker?.scriptURL !== new URL(serviceWorker, location.href).href) return null
  return registration.pushManager.getSubscription()
}

// Trusted Types is not in TypeScript's DOM types yet; this is the part used here.
type TrustedTypes = { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): string } }
let workerUrlPolicy: ReturnType<TrustedTypes['createPolicy']> | null | undefined

/**
 * The worker's URL as `register()` takes it. A page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) takes only a TrustedScriptURL there, made by a policy it
 * allows by name: `trusted-types lit-html porchlight-push`. This one passes URLs of the page's own
 * origin only, which is all a service worker may be. Where the browser has no Trusted Types, or
 * the page does not allow the policy (or a second copy of the widget made it first), the plain
 * URL goes, and the page's own policy decides.
 */
function workerScriptUrl(serviceWorker: string): string {
  if (workerUrlPolicy === undefined) {
    const factory = (window as { trustedTypes?: TrustedTypes }).trustedTypes
    try {
      workerUrlPolicy =
        factory?.createPolicy('porchlight-push', {
          createScriptURL: (candidate) => {
            const url = new URL(candidate, location.href)
            if (url.origin !== location.origin) throw new TypeError('a service worker must be on the page’s origin')
            return url.href
          },
        }) ?? null
    } catch {
      workerUrlPolicy = null
    }
  }
  return workerUrlPolicy ? workerUrlPolicy.createScriptURL(serviceWorker) : serviceWorker
}

/** Registers the worker and subscribes with the server's VAPID public key (base64url). */
export async function subscribe(serviceWorker: string, key: string): Promise<PushSubscription> {
  const registration = await activated(await navigator.serviceWorker.register(workerScriptUrl(serviceWorker)))
  return registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: fromBase64url(key),
  })
}

/**
 * The body of `POST …/push-subscriptions`. The fields are picked rather than spread: the server
 * refuses unknown fields, and a browser may add some to `toJSON()` one day.
 */
export function subscriptionBody(
  subscription: PushSubscription,
  openUrl: string,
): PushSubscriptionRequest {
  const { endpoint = subscription.endpoint, expirationTime = null, keys = {} } =
    subscription.toJSON()
  return {
    endpoint,
    expirationTime,
    keys: { p256dh: keys.p256dh ?? '', auth: keys.auth ?? '' },
    openUrl,
  }
}

/**
 * Resolves once `registration` has an active worker, which subscribing needs. Not
 * `navigator.serviceWorker.ready`: that waits for a worker whose scope covers this page, for
 * ever when the file's does not (a retailer's file under /static/, a page under /orders/).
 */
function activated(registration: ServiceWorkerRegistration): Promise<ServiceWorkerRegistration> {
  const worker = registration.installing ?? registration.waiting
  if (registration.active || !worker) return Promise.resolve(registration)
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(registration)
      if (worker.state === 'redundant') reject(new Error('the service worker did not install'))
    })
  })
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  // atob takes base64 with or without its padding.
  return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
}
