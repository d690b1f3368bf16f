import { DrizzleQueryError } from 'drizzle-orm/errors'

type DatabaseFields = { code?: unknown; severity?: unknown; constraint_name?: unknown; constraint?: unknown; table_name?: unknown; table?: unknown }

const SQLSTATE = /^[0-9A-Z]{5}$/

function isDatabaseError(error: unknown): error is Error & DatabaseFields {
  const fields = error as DatabaseFields | null
  return error instanceof Error && typeof fields?.code === 'string' && SQLSTATE.test(fields.code) && fields.severity !== undefined
}

/** What the database says about its own failure that quotes no value: SQLSTATE, constraint, table. */
function databaseFacts(error: unknown): Record<string, unknown> {
  if (!isDatabaseError(error)) return {}
  const facts: Record<string, unknown> = { code: error.code }
  const constraint = error.constraint_name ?? error.constraint
  const table = error.table_name ?? error.table
  if (typeof constraint === 'string') facts.constraint = constraint
  if (typeof table === 'string') facts.table = table
  return facts
}

/**
 * An error as a log line may show it. A failed statement appears by its shape (placeholders
 * only) with the database's SQLSTATE: its bound parameters, and PostgreSQL's own message and
 * detail ("invalid input syntax … \"K7Q2X\"", "Key (…)=(…) already exists"), can quote what a
 * shopper typed, a door code included.
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (error instanceof DrizzleQueryError) return { error: 'database query failed', query: error.query, ...databaseFacts(error.cause) }
  if (isDatabaseError(error)) return { error: 'database error', ...databaseFacts(error) }
  if (error instanceof Error && error.cause !== undefined) {
    const inner = loggableError(error.cause)
    return { ...inner, error: `${error.name}: ${error.message}`, cause: inner.error }
  }
  return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }
}
