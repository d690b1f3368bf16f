import type { Context } from 'hono'
import type { AppConfig } from './config.ts'
import type { Database } from './db/database.ts'
import type { Clock } from './ports/clock.ts'
import type { EventBus } from './ports/event-bus.ts'
import type { EventStreams } from './ports/event-streams.ts'
import type { IdGenerator } from './ports/ids.ts'
import type { Logger } from './ports/logger.ts'
import type { Outbound } from './ports/outbound.ts'
import type { PushEncoder } from './ports/push-encoder.ts'
import type { Nudge, Scheduler } from './ports/scheduler.ts'
import type { WidgetAsset } from './ports/widget-asset.ts'

/** What createApp is given: the database, the ports to the outside world, and resolved config. */
export type AppDeps = {
  db: Database
  /** Rejects when the database does not answer (health checks). */
  pingDatabase(): Promise<void>
  bus: EventBus
  clock: Clock
  ids: IdGenerator
  logger: Logger
  config: AppConfig
  widget: WidgetAsset | undefined
  outbound: Outbound
  webhooks: Nudge
  scheduler: Scheduler
  push: PushEncoder
  /**
   * Who is calling, for per-client rate limits: the connection's address (behind a proxy,
   * the entry decides which forwarded address to trust).
   */
  clientAddress(c: Context): string
  /** Wakes the push sender when notifications were queued. */
  pushes: Nudge
  /** How a live stream's response is written: the web stream, or the runtime's own socket. */
  eventStreams: EventStreams
}
