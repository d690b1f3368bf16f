import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'

const WIDGET = fileURLToPath(new URL('../../widget/dist/widget.js', import.meta.url))

/** Bytes of the built widget as served: minified, then gzip -9 and brotli. */
export function widgetBundleSize() {
  const source = readFileSync(WIDGET)
  return {
    minBytes: source.length,
    gzipBytes: gzipSync(source, { level: 9 }).length,
    brotliBytes: brotliCompressSync(source).length,
  }
}
