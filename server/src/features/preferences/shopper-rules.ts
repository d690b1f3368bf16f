import type { Capabilities, ShipmentStatus, TenantSettings } from '@porchlight/shared'
import { ApiError, optionDisabled } from '../../errors/api-error.ts'

export type ShopperOption = Exclude<keyof TenantSettings['options'], 'chat' | 'feedback' | 'push'>

// Where and when can still change until the parcel is on the van; a failed attempt reopens them.
const BEFORE_THE_VAN = new Set<ShipmentStatus>(['pending', 'label_created', 'in_transit', 'failed_attempt'])
// What the driver needs at the door can change until the driver has been.
const BEFORE_THE_DOOR = new Set<ShipmentStatus>([...BEFORE_THE_VAN, 'out_for_delivery'])

const ALLOWED_WHILE: Record<ShopperOption, ReadonlySet<ShipmentStatus>> = {
  reschedule: BEFORE_THE_VAN,
  pickupPoint: BEFORE_THE_VAN,
  safePlace: BEFORE_THE_DOOR,
  instructions: BEFORE_THE_DOOR,
  accessNeeds: BEFORE_THE_DOOR,
}

export type ShipmentFacts = { status: ShipmentStatus; settings: TenantSettings; pickupPointChosen: boolean }

/** Why this shopper may not make this change now, or `undefined` when they may. */
function refusal(option: ShopperOption, facts: ShipmentFacts): ApiError | undefined {
  if (!facts.settings.options[option]) {
    return optionDisabled()
  }
  if (!ALLOWED_WHILE[option].has(facts.status)) {
    return new ApiError('change_not_allowed', `This can no longer be changed: the delivery is ${facts.status.replaceAll('_', ' ')}.`)
  }
  if (option === 'reschedule' && facts.pickupPointChosen) {
    return new ApiError('change_not_allowed', 'The parcel goes to a pickup point: choose home delivery before picking a window.')
  }
  return undefined
}

export function assertMayChange(option: ShopperOption, facts: ShipmentFacts): void {
  const error = refusal(option, facts)
  if (error) throw error
}

/** The view's capabilities: true only where the change would be accepted now. */
export function shopperCapabilities(facts: ShipmentFacts): Pick<Capabilities, ShopperOption> {
  const may = (option: ShopperOption) => refusal(option, facts) === undefined
  return {
    reschedule: may('reschedule'),
    safePlace: may('safePlace'),
    instructions: may('instructions'),
    accessNeeds: may('accessNeeds'),
    pickupPoint: may('pickupPoint'),
  }
}
