import type { Random } from './random.ts'
import type { StopOutcome } from './types.ts'

/**
 * Minutes from parking at a stop to driving off, and what happened at the door. Heavy-tailed on
 * purpose: most drops take a minute or two, apartments with codes and stairs take longer, some
 * need a signature or a chat, and now and then something goes wrong (wrong entrance, a lift that
 * never comes). A failed attempt still costs the ring, the wait and the card.
 */
export function doorstep(random: Random, apartment: boolean, serviceFactor: number): { minutes: number; outcome: StopOutcome } {
  if (random.chance(apartment ? 0.08 : 0.04)) {
    return { minutes: (1.2 + random.exponential(1)) * serviceFactor, outcome: 'failed_attempt' }
  }
  let minutes = apartment ? random.logNormal(2, 0.5) : random.logNormal(0.9, 0.45)
  if (random.chance(0.06)) minutes += random.exponential(2.5)
  if (random.chance(0.008)) minutes += random.between(6, 15)
  return { minutes: minutes * serviceFactor, outcome: 'delivered' }
}
