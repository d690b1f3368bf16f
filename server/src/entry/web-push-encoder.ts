import webpush from 'web-push'
import type { PushEncoder } from '../deps.ts'

export type VapidDetails = { subject: string; publicKey: string; privateKey: string }

export const generateVapidKeys = () => webpush.generateVAPIDKeys()

/**
 * The `web-push` library builds the request (encryption and VAPID JWT) without sending it; the
 * push sender sends it with its own fetch, so the target policy and timeouts apply as to
 * webhooks.
 */
export function createWebPushEncoder(vapid: VapidDetails): PushEncoder {
  return {
    publicKey: vapid.publicKey,
    encode(subscription, payload, options) {
      const details = webpush.generateRequestDetails(subscription, payload, {
        vapidDetails: vapid,
        TTL: options.ttlSeconds,
        urgency: options.urgency,
        topic: options.topic,
        contentEncoding: 'aes128gcm',
      })
      // fetch computes the length itself.
      const { 'Content-Length': _length, ...headers } = details.headers as Record<string, string>
      const body = details.body.buffer.slice(details.body.byteOffset, details.body.byteOffset + details.body.byteLength) as ArrayBuffer
      return { endpoint: details.endpoint, headers, body }
    },
  }
}
