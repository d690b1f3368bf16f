import type { TrackingTokenResponse } from '@porchlight/shared'

// What the lookup form found, kept for the tab's life, per shop: a reload shows the same
// delivery, and a new tab (or a shopper who closed it) asks again.
const keyOf = (publishableKey: string) => `porchlight-lookup:${publishableKey}`

export function recallFound(publishableKey: string): TrackingTokenResponse | undefined {
  const kept = attempt(() => sessionStorage.getItem(keyOf(publishableKey)))
  return (kept && attempt(() => JSON.parse(kept) as TrackingTokenResponse)) || undefined
}

export function keepFound(publishableKey: string, found: TrackingTokenResponse | undefined): void {
  attempt(() =>
    found
      ? sessionStorage.setItem(keyOf(publishableKey), JSON.stringify(found))
      : sessionStorage.removeItem(keyOf(publishableKey)),
  )
}

/** Storage can be switched off (the form then asks again after a reload), or hold junk. */
function attempt<T>(use: () => T): T | undefined {
  try {
    return use()
  } catch {
    return undefined
  }
}
