import type { PushKind } from '@porchlight/shared'
import type { PushUrgency } from '../../ports/push-encoder.ts'

type Policy = {
  /** After this a notification is stale: the push service drops it rather than deliver it late. */
  ttlSeconds: number
  urgency: PushUrgency
  /** Notifications of one group replace each other while still waiting at the push service. */
  group: 'eta' | 'status' | 'chat'
}

// "3 stops away" an hour late is wrong, not just late; a delivery is still news tomorrow.
export const PUSH_POLICY: Record<PushKind, Policy> = {
  out_for_delivery: { ttlSeconds: 2 * 3600, urgency: 'normal', group: 'eta' },
  stops_away: { ttlSeconds: 15 * 60, urgency: 'high', group: 'eta' },
  delay: { ttlSeconds: 3600, urgency: 'high', group: 'eta' },
  delivered: { ttlSeconds: 24 * 3600, urgency: 'normal', group: 'status' },
  failed_attempt: { ttlSeconds: 24 * 3600, urgency: 'high', group: 'status' },
  ready_for_pickup: { ttlSeconds: 3 * 24 * 3600, urgency: 'normal', group: 'status' },
  message: { ttlSeconds: 3600, urgency: 'high', group: 'chat' },
}

/** No more than one notification of a kind per shipment in this long. */
export const PUSH_QUIET_MS = 5 * 60_000

const toBase64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

/** The `Topic` header: at most 32 base64url characters, the same for a shipment's group. */
export async function pushTopic(shipmentId: string, kind: PushKind): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(shipmentId))
  return `${PUSH_POLICY[kind].group}${toBase64url(digest)}`.slice(0, 32)
}
