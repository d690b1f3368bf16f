// There is no push service offline, and no one to answer a permission prompt in a test: these
// stand in for the browser's side (permission, service worker registration, subscription).

// A raw P-256 public key (65 bytes) and a 16-byte secret, base64url, as a browser's would be.
export const P256DH =
  'BK-a8XXAfC3skBZcy5916swcL08dbwJYXbGVcyWmXhXcz5c1ZySBsvakaAc7AgsYHFF_kKmeLG4IQBwZv_heR-w'
export const AUTH = 'XFe72YgMYO-Uj3Ed0B_zwg'

interface FakeWorker extends EventTarget {
  state: ServiceWorkerState
  readonly scriptURL: string
}

export interface FakeRegistration {
  active: FakeWorker | null
  installing: FakeWorker | null
  waiting: null
  readonly pushManager: {
    subscribe(options: PushSubscriptionOptionsInit): Promise<PushSubscription>
    getSubscription(): Promise<PushSubscription | null>
  }
}

export interface PushStubs {
  /** What `Notification.permission` reads. */
  permission: NotificationPermission
  /** What the prompt answers. */
  answer: NotificationPermission
  /** How many times permission was asked for. */
  asked: number
  /** The URLs `navigator.serviceWorker.register` was called with. */
  readonly registered: string[]
  readonly subscribeOptions: PushSubscriptionOptionsInit[]
  /** The registration this browser holds, once registered (or from an earlier visit). */
  registration: FakeRegistration | undefined
  /** The subscription the registration holds. */
  subscription: PushSubscription | null
  /** Endpoints unsubscribed in the browser. */
  readonly unsubscribed: string[]
  restore(): void
}

/**
 * Replaces the browser's permission prompt, service worker registration and push subscription
 * with fakes that keep what they were asked. A registration installs, then activates a moment
 * later, as a real one does; subscribing again returns the subscription already held.
 */
export function stubPush(): PushStubs {
  const container = navigator.serviceWorker as unknown as Record<string, unknown>
  const permission = Object.getOwnPropertyDescriptor(Notification, 'permission')!
  const requestPermission = Notification.requestPermission

  const subscriptionFor = (endpoint: string): PushSubscription =>
    ({
      endpoint,
      expirationTime: null,
      toJSON: () => ({ endpoint, expirationTime: null, keys: { p256dh: P256DH, auth: AUTH } }),
      unsubscribe: async () => {
        stubs.unsubscribed.push(endpoint)
        stubs.subscription = null
        return true
      },
    }) as unknown as PushSubscription

  const registrationFor = (url: string): FakeRegistration => {
    const worker = Object.assign(new EventTarget(), {
      state: 'installing' as ServiceWorkerState,
      scriptURL: new URL(url, location.href).href,
    })
    const registration: FakeRegistration = {
      active: null,
      installing: worker,
      waiting: null,
      pushManager: {
        subscribe: async (options) => {
          if (!registration.active) throw new DOMException('no active worker', 'InvalidStateError')
          stubs.subscribeOptions.push(options)
          // Unique: records of earlier tests' subscriptions stay in this page's storage.
          const endpoint = `https://push.example/${crypto.randomUUID()}`
          return (stubs.subscription ??= subscriptionFor(endpoint))
        },
        getSubscription: async () => stubs.subscription,
      },
    }
    setTimeout(() => {
      worker.state = 'activated'
      registration.active = worker
      registration.installing = null
      worker.dispatchEvent(new Event('statechange'))
    }, 20)
    return registration
  }

  const stubs: PushStubs = {
    permission: 'default',
    answer: 'granted',
    asked: 0,
    registered: [],
    subscribeOptions: [],
    registration: undefined,
    subscription: null,
    unsubscribed: [],
    restore: () => {
      Object.defineProperty(Notification, 'permission', permission)
      Notification.requestPermission = requestPermission
      delete container.register
      delete container.getRegistration
    },
  }

  Object.defineProperty(Notification, 'permission', {
    configurable: true,
    get: () => stubs.permission,
  })
  Notification.requestPermission = async () => {
    stubs.asked += 1
    stubs.permission = stubs.answer
    return stubs.answer
  }
  // Chromium has Trusted Types: the widget registers a TrustedScriptURL, absolute.
  container.register = async (url: string) => {
    stubs.registered.push(String(url))
    return (stubs.registration ??= registrationFor(String(url)))
  }
  container.getRegistration = async () => stubs.registration
  return stubs
}

/** Runs `test` with the window's `name` taken away, as in a browser that has none. */
export async function without(name: string, test: () => Promise<void>): Promise<void> {
  const descriptor = Object.getOwnPropertyDescriptor(window, name)!
  delete (window as unknown as Record<string, unknown>)[name]
  try {
    await test()
  } finally {
    Object.defineProperty(window, name, descriptor)
  }
}

/** Runs `test` with `navigator` as an iPhone's Safari has it, not from the Home Screen. */
export async function asIphoneSafari(test: () => Promise<void>): Promise<void> {
  const agent =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 ' +
    '(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
  Object.defineProperty(navigator, 'userAgent', { configurable: true, value: agent })
  Object.defineProperty(navigator, 'standalone', { configurable: true, value: false })
  try {
    // iOS Safari has no PushManager outside a Home Screen web app.
    await without('PushManager', test)
  } finally {
    delete (navigator as unknown as Record<string, unknown>).userAgent
    delete (navigator as unknown as Record<string, unknown>).standalone
  }
}
