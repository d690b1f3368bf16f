export type PushUrgency = 'very-low' | 'low' | 'normal' | 'high'

/**
 * Turns a notification into the HTTP request a push service takes: the payload encrypted for
 * the subscription (RFC 8291) and signed with the server's VAPID key (RFC 8292).
 */
export type PushEncoder = {
  /** The VAPID public key (base64url) browsers subscribe with. */
  publicKey: string
  encode(
    subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
    payload: string,
    options: { ttlSeconds: number; urgency: PushUrgency; topic: string },
  ): Promise<{ endpoint: string; headers: Record<string, string>; body: ArrayBuffer }>
}
