import webpush from 'web-push'
import type { Clock } from '../ports/clock.ts'
import type { PushEncoder } from '../ports/push-encoder.ts'
import { createVapidSigner } from './vapid-jwt.ts'

export type VapidDetails = { subject: string; publicKey: string; privateKey: string }

export const generateVapidKeys = () => webpush.generateVAPIDKeys()

/**
 * The `web-push` library encrypts the payload (RFC 8291) without sending it; the VAPID header
 * is signed on the app's clock; the push sender sends the request with its own fetch, so the
 * target policy and timeouts apply as to webhooks.
 */
export function createWebPushEncoder(vapid: VapidDetails, clock: Clock): PushEncoder {
  const sign = createVapidSigner(vapid, clock)
  return {
    publicKey: vapid.publicKey,
    async encode(subscription, payload, options) {
      // No VAPID details here: web-push would sign them with the wall clock.
      const details = webpush.generateRequestDetails(subscription, payload, {
        TTL: options.ttlSeconds,
        urgency: options.urgency,
        topic: options.topic,
        contentEncoding: 'aes128gcm',
      })
      // fetch computes the length itself.
      const { 'Content-Length': _length, ...headers } = details.headers as Record<string, string>
      const body = details.body.buffer.slice(details.body.byteOffset, details.body.byteOffset + details.body.byteLength) as ArrayBuffer
      const audience = new URL(subscription.endpoint).origin
      return { endpoint: details.endpoint, headers: { ...headers, Authorization: await sign(audience) }, body }
    },
  }
}
