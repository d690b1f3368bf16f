import { PorchlightTracker } from './elements/porchlight-tracker/porchlight-tracker.ts'

export { PorchlightTracker }
export type * from './events/porchlight-events.ts'

// Shops paste the embed snippet into templates and CMS blocks alike, so the script can arrive
// twice (from two URLs, or bundled next to a copy); a second `define` would throw.
if (!customElements.get('porchlight-tracker')) {
  customElements.define('porchlight-tracker', PorchlightTracker)
}
