import type { AccessNeed, Preferences, SafePlaceKind } from '@porchlight/shared'

const PLACES: Record<SafePlaceKind, string> = {
  front_door: 'at the front door',
  back_door: 'at the back door',
  porch: 'in the porch',
  garage: 'in the garage',
  reception: 'at reception',
  neighbour: 'with a neighbour',
  other: 'in the place described',
}

const NEEDS: Record<AccessNeed, string> = {
  hand_to_me_only: 'Hand to the recipient only: no safe place.',
  extra_time: 'Give the recipient extra time to reach the door.',
  knock_dont_ring: "Knock, don't ring.",
  call_on_arrival: 'Call the recipient on arrival.',
}

/**
 * What the driver must know at this stop, in plain words and the order it matters: where the
 * parcel goes, who must take it, how to reach the door.
 */
export function atTheDoor(preferences: Preferences, phone: string | undefined): string[] {
  const lines: string[] = []
  const { pickupPoint, safePlace, instructions, accessNeeds } = preferences
  if (pickupPoint) {
    const { line1, city, postcode } = pickupPoint.address
    lines.push(`Not to the address: deliver to ${pickupPoint.kind} "${pickupPoint.name}", ${line1}, ${postcode} ${city}.`)
  }
  for (const need of accessNeeds) {
    lines.push(need === 'call_on_arrival' && phone ? `Call the recipient on arrival: ${phone}.` : NEEDS[need])
  }
  if (safePlace) lines.push(`If nobody answers, leave it ${PLACES[safePlace.place]}${safePlace.note ? `: ${safePlace.note}` : '.'}`)
  if (instructions) lines.push(`Instructions: ${instructions.text}`)
  if (instructions?.accessCode) lines.push(`Access code: ${instructions.accessCode}`)
  return lines
}
