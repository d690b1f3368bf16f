import type { DatabaseHandle } from '../db/database.ts'
import type { EventBus } from '../ports/event-bus.ts'
import { createInProcessBus } from './in-process-bus.ts'
import { createPostgresBus } from './postgres-bus.ts'

/**
 * The event bus that fits the database: LISTEN/NOTIFY on PostgreSQL, which several instances
 * may share; in-process on embedded PGlite, which one process owns.
 */
export async function createEventBus(database: Pick<DatabaseHandle, 'notifications'>): Promise<EventBus> {
  return database.notifications ? createPostgresBus(database.notifications) : createInProcessBus()
}
