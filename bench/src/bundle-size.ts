import { loadWidget } from '@porchlight/server/widget-build'

/** Bytes of the built widget.js exactly as the server sends it: minified, gzip and brotli. */
export function widgetBundleSize() {
  const widget = loadWidget()
  if (!widget) throw new Error('No widget build in widget/dist: run `pnpm build` first.')
  const { identity, gzip, br } = widget.entry
  return { minBytes: identity.body.length, gzipBytes: gzip.body.length, brotliBytes: br.body.length }
}
