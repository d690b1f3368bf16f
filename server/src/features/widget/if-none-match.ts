/**
 * Whether an `If-None-Match` header names the representation tagged `etag`, so a GET may answer
 * 304 (RFC 9110 §13.1.2): `*`, or any listed tag by weak comparison (a `W/` prefix on either side
 * is ignored).
 *
 * @example
 * ifNoneMatchHits('W/"a1", "b2"', '"a1"') // true
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  if (header.trim() === '*') return true
  const opaque = (tag: string) => tag.replace(/^W\//, '')
  // Tags may hold commas, so find them by their quotes rather than splitting the list.
  return (header.match(/(?:W\/)?"[^"]*"/g) ?? []).some((tag) => opaque(tag) === opaque(etag))
}
