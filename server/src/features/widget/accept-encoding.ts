import type { ContentCoding } from '../../ports/widget-asset.ts'

// On equal q-values: brotli is smaller than gzip, and both are smaller than the file.
const PREFERENCE: readonly ContentCoding[] = ['br', 'gzip', 'identity']

/**
 * The coding to send a stored file in for an `Accept-Encoding` header (RFC 9110 §12.5.3): the
 * acceptable one with the highest q-value, `*` standing for codings the header does not name.
 * Identity is acceptable unless excluded, and is what is left when nothing else is; no header
 * at all gets identity too, as clients that send none usually cannot decode anything else.
 *
 * @example
 * pickContentCoding('gzip, deflate, br, zstd') // 'br'
 * pickContentCoding('br;q=0, gzip') // 'gzip'
 */
export function pickContentCoding(header: string | undefined): ContentCoding {
  if (!header) return 'identity'
  const weights = new Map<string, number>()
  for (const item of header.split(',')) {
    const [name, ...params] = item.split(';').map((part) => part.trim().toLowerCase())
    if (!name) continue
    const q = params.find((param) => param.startsWith('q='))
    const weight = q === undefined ? 1 : Number(q.slice(2))
    weights.set(name, Number.isFinite(weight) ? weight : 0)
  }
  // Identity unnamed ranks below any coding the client did name: it asked for those.
  const weightOf = (coding: ContentCoding) => weights.get(coding) ?? weights.get('*') ?? (coding === 'identity' ? Number.MIN_VALUE : 0)
  let best: ContentCoding = 'identity'
  let bestWeight = 0
  for (const coding of PREFERENCE) {
    const weight = weightOf(coding)
    if (weight > bestWeight) [best, bestWeight] = [coding, weight]
  }
  return best
}
