// Which deliveries this browser's subscription was given to. A subscription belongs to the
// site's service worker, not to a delivery: a shopper with two orders from one shop has one
// subscription for both. So its being there does not mean this delivery has it, and turning one
// delivery's notifications off must not end the subscription while the other still uses it.

const PREFIX = 'porchlight-push:'

/** The endpoint this delivery was given from this browser, if any. */
export async function givenTo(viewUrl: string): Promise<string | null> {
  const name = await nameOf(viewUrl)
  return attempt(() => localStorage.getItem(name), null)
}

export async function remember(viewUrl: string, endpoint: string): Promise<void> {
  const name = await nameOf(viewUrl)
  attempt(() => localStorage.setItem(name, endpoint), undefined)
}

/** Forgets this delivery's record; says whether another delivery still has `endpoint`. */
export async function forget(viewUrl: string, endpoint: string): Promise<boolean> {
  const name = await nameOf(viewUrl)
  return attempt(() => {
    localStorage.removeItem(name)
    return Object.keys(localStorage).some(
      (key) => key.startsWith(PREFIX) && localStorage.getItem(key) === endpoint,
    )
  }, false)
}

/** A digest of the delivery's URL: the token in it is a credential, not kept for good. */
async function nameOf(viewUrl: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(viewUrl))
  return PREFIX + btoa(String.fromCharCode(...new Uint8Array(digest))).slice(0, 22)
}

/** Storage can be switched off, or full: then nothing is known, and nothing kept. */
function attempt<T>(use: () => T, otherwise: T): T {
  try {
    return use()
  } catch {
    return otherwise
  }
}
