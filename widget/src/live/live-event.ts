import type {
  EtaEventData,
  Message,
  MessageEventData,
  PositionEventData,
  PreferencesEventData,
  ShipmentStatus,
  StatusEventData,
  TimelineEntry,
  TrackingView,
} from '@porchlight/shared'

/**
 * One event of `GET /v1/track/:token/stream`. A `message` (a new chat message, or one the other
 * side has now read) is not part of the view: the tracker hands it to the chat.
 */
export type LiveEvent =
  | { readonly name: 'status'; readonly id: string; readonly data: StatusEventData }
  | { readonly name: 'eta'; readonly id: string; readonly data: EtaEventData }
  | { readonly name: 'position'; readonly id: string; readonly data: PositionEventData }
  | { readonly name: 'preferences'; readonly id: string; readonly data: PreferencesEventData }
  | { readonly name: 'message'; readonly id: string; readonly data: MessageEventData }

export const LIVE_EVENT_NAMES = ['status', 'eta', 'position', 'preferences', 'message'] as const

/** After these nothing more happens to a delivery: no stream, no polling. */
const FINAL: ReadonlySet<ShipmentStatus> = new Set(['delivered', 'returned', 'cancelled'])

export function isFinal(status: ShipmentStatus): boolean {
  return FINAL.has(status)
}

/**
 * Whether the view may still change live: a delivery under way, or one that is over while its
 * chat stays open (the "where did you leave it?" that follows a delivery).
 */
export function isLive(view: TrackingView): boolean {
  return !isFinal(view.shipment.status) || view.capabilities.chat
}

/**
 * Whether an event with id `id` is news to `view`. Ids are a shipment's increasing integers;
 * an id that is not one (or a view from a server that sends no `lastEventId`) counts as news,
 * since dropping a real event is worse than showing one twice.
 */
export function isNewTo(view: TrackingView, id: string): boolean {
  return !(sequence(id) <= sequence(view.lastEventId))
}

/** Whether `candidate` (a fetched view) is behind `current`, which the stream moved on. */
export function isBehind(candidate: TrackingView, current: TrackingView): boolean {
  return sequence(candidate.lastEventId) < sequence(current.lastEventId)
}

/**
 * `view` with `event` applied. A timeline entry already there (by id) is not added again, so a
 * replay after a reconnect cannot show an event twice.
 */
export function applyLiveEvent(view: TrackingView, event: LiveEvent): TrackingView {
  const next = { ...view, lastEventId: event.id || view.lastEventId }
  switch (event.name) {
    case 'status': {
      const { status, entry } = event.data
      return {
        ...next,
        shipment: { ...view.shipment, status },
        timeline: withEntry(view.timeline, entry),
      }
    }
    case 'eta': {
      const { eta, delay } = event.data
      // Events sent before `stopsAway` existed carry only the window's count.
      const stopsAway = event.data.stopsAway !== undefined ? event.data.stopsAway : (eta?.stopsAway ?? view.stopsAway)
      return { ...next, eta, stopsAway, timeline: delay ? withEntry(view.timeline, delay) : view.timeline }
    }
    case 'position':
      return { ...next, driver: event.data.driver }
    case 'preferences':
      return { ...next, preferences: event.data.preferences }
    case 'message':
      return next
  }
}

/**
 * Whether parsed JSON has the shape `name`'s data needs to be applied at all. The server
 * validates what it sends; this only keeps a malformed event from breaking what is shown.
 */
export function isLiveEventData(name: LiveEvent['name'], data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false
  const record = data as Record<string, unknown>
  switch (name) {
    case 'status':
      return typeof record.status === 'string' && isEntry(record.entry)
    case 'eta':
      return (
        'eta' in record &&
        (record.delay === undefined || isEntry(record.delay)) &&
        (record.stopsAway === undefined || record.stopsAway === null || typeof record.stopsAway === 'number')
      )
    case 'position':
      return typeof record.driver === 'object' && record.driver !== null
    case 'preferences':
      return typeof record.preferences === 'object' && record.preferences !== null
    case 'message':
      return isMessage(record.message)
  }
}

function isMessage(value: unknown): value is Message {
  const message = value as Partial<Message> | null | undefined
  return typeof message?.id === 'string' && typeof message.body === 'string' && !!message.author
}

function isEntry(value: unknown): value is TimelineEntry {
  const entry = value as Partial<TimelineEntry> | null | undefined
  return typeof entry?.id === 'string' && typeof entry.type === 'string' && !!entry.at
}

function withEntry(timeline: TimelineEntry[], entry: TimelineEntry): TimelineEntry[] {
  return timeline.some(({ id }) => id === entry.id) ? timeline : [...timeline, entry]
}

function sequence(id: string | undefined): number {
  return id && /^\d+$/.test(id) ? Number(id) : Number.NaN
}
