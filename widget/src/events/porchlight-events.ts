import type { ErrorCode, PreferenceKind, ShipmentStatus } from '@porchlight/shared'

/** Why a load failed: the problem+json `code`, or `network_error` when no usable answer came. */
export type TrackingErrorCode = ErrorCode | 'network_error'

/** Each event the tracker fires, with its `detail`. */
export interface PorchlightEventDetails {
  'porchlight-ready': { readonly status: ShipmentStatus }
  'porchlight-status-change': { readonly status: ShipmentStatus }
  'porchlight-preferences-change': { readonly kind: PreferenceKind }
  'porchlight-error': { readonly code: TrackingErrorCode }
  'porchlight-message-sent': Record<string, never>
  'porchlight-feedback': { readonly rating: number }
}

export type PorchlightEventName = keyof PorchlightEventDetails

export type PorchlightEventMap = {
  [N in PorchlightEventName]: CustomEvent<PorchlightEventDetails[N]>
}

/** Fires a Porchlight event, bubbling and composed so it crosses shadow roots to the page. */
export function emit<N extends PorchlightEventName>(
  target: EventTarget,
  name: N,
  detail: PorchlightEventDetails[N],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }))
}

declare global {
  // Gives host pages typed `addEventListener('porchlight-…', e => e.detail)`.
  interface HTMLElementEventMap extends PorchlightEventMap {}
}
