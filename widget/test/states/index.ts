import { deliveryStates } from './delivery.ts'
import { notifyStates } from './notify.ts'
import { panelStates } from './panels.ts'

export { type Scheme, type TrackerState } from './mount.ts'

/** Every state of the tracker a shopper can meet, as the accessibility tests check them. */
export const STATES = [...deliveryStates, ...panelStates, ...notifyStates]
