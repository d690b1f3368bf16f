type PromisedColumns = { promisedStart: Date | null; promisedEnd: Date | null }

export function promisedWindowOf(row: PromisedColumns): { start: string; end: string } | null {
  if (!row.promisedStart || !row.promisedEnd) return null
  return { start: row.promisedStart.toISOString(), end: row.promisedEnd.toISOString() }
}
