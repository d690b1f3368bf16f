import { importJWK, SignJWT } from 'jose'
import type { Clock } from '../ports/clock.ts'

// RFC 8292 §2 allows up to 24 h; half that leaves room for a push service's clock being ahead.
const LIFETIME_SECONDS = 12 * 3600

/**
 * Signs the VAPID JWT (RFC 8292) with the app's clock. `web-push` would take `exp` from the
 * wall clock and check it against the wall clock too, so a server run on another clock (the
 * demo's accelerated one, a test's fixed one) would send tokens its own claims contradict.
 */
export function createVapidSigner(vapid: { subject: string; publicKey: string; privateKey: string }, clock: Clock) {
  const point = Buffer.from(vapid.publicKey, 'base64url')
  const key = importJWK(
    {
      kty: 'EC',
      crv: 'P-256',
      x: point.subarray(1, 33).toString('base64url'),
      y: point.subarray(33, 65).toString('base64url'),
      d: vapid.privateKey,
    },
    'ES256',
  )
  return async (audience: string): Promise<string> => {
    const exp = Math.floor(clock.now().getTime() / 1000) + LIFETIME_SECONDS
    const jwt = await new SignJWT({ aud: audience, sub: vapid.subject })
      .setProtectedHeader({ typ: 'JWT', alg: 'ES256' })
      .setExpirationTime(exp)
      .sign(await key)
    return `vapid t=${jwt}, k=${vapid.publicKey}`
  }
}
