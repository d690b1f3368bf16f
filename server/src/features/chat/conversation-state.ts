import type { ShipmentStatus, TimelineEntry } from '@porchlight/shared'

const OVER = new Set<ShipmentStatus>(['delivered', 'returned', 'cancelled'])

/**
 * Chat stays open while the delivery is under way, and for `graceHours` after it is over, for
 * the "where did you leave it?" that follows a delivery.
 */
export function conversationState(
  timeline: ReadonlyArray<Pick<TimelineEntry, 'type' | 'at'>>,
  status: ShipmentStatus,
  graceHours: number,
  now: Date,
): { open: boolean; closesAt: Date | null } {
  if (!OVER.has(status)) return { open: true, closesAt: null }
  const ended = timeline.findLast((e) => e.type === status)
  const closesAt = new Date((ended ? Date.parse(ended.at) : now.getTime()) + graceHours * 3_600_000)
  return { open: now < closesAt, closesAt }
}
