import { eq } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { vapidKeys } from '../../db/schema/index.ts'

const ROW = 'default'

/**
 * The key pair kept in the database, made now if there is none. Two instances starting together
 * both try to insert; the second insert does nothing and both read the one that won.
 */
export async function loadOrCreateVapidKeys(
  db: Database,
  generate: () => { publicKey: string; privateKey: string },
): Promise<{ publicKey: string; privateKey: string }> {
  const [existing] = await db.select().from(vapidKeys).where(eq(vapidKeys.id, ROW))
  if (existing) return existing
  await db.insert(vapidKeys).values({ id: ROW, ...generate() }).onConflictDoNothing()
  const [kept] = await db.select().from(vapidKeys).where(eq(vapidKeys.id, ROW))
  if (!kept) throw new Error('VAPID keys vanished after being stored')
  return kept
}
