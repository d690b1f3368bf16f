import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { WidgetAsset, WidgetFile } from '../ports/widget-asset.ts'
import { WIDGET_DIST } from './build-layout.ts'

export { WIDGET_DIST }

const CHUNK_NAME = /^widget-[A-Za-z0-9_-]+\.js$/

/**
 * What a page pins widget.js by: the directory it is served from, `/widget/<version>/`, and its
 * Subresource Integrity. The README's "Pinning a version" block (`pnpm widget:sri`) and the
 * server both take them from here, so they cannot disagree.
 *
 * @example
 * widgetIdentity(readFileSync('widget/dist/widget.js')) // { version: '3f2a9c01b7de', integrity: 'sha384-…' }
 */
export function widgetIdentity(entry: Uint8Array): { version: string; integrity: string } {
  return {
    // 48 bits: only this server's successive builds must not collide.
    version: contentTag(entry),
    integrity: `sha384-${createHash('sha384').update(entry).digest('base64')}`,
  }
}

const contentTag = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 12)

/** Compresses once, at the strongest settings, since every request then reuses the bytes. */
function encodeFile(bytes: Uint8Array<ArrayBuffer>): WidgetFile {
  const tag = contentTag(bytes)
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  })
  return {
    br: { body: new Uint8Array(br), etag: `"${tag}-br"` },
    gzip: { body: new Uint8Array(gzipSync(bytes, { level: 9 })), etag: `"${tag}-gzip"` },
    identity: { body: bytes, etag: `"${tag}"` },
  }
}

type FileContent = string | Uint8Array<ArrayBuffer>

/** The widget as the app serves it, from widget.js and its chunks (by file name). */
export function buildWidgetAsset(files: { entry: FileContent; chunks: Record<string, FileContent> }): WidgetAsset {
  const bytes = (content: FileContent) => (typeof content === 'string' ? new TextEncoder().encode(content) : content)
  const entry = bytes(files.entry)
  return {
    ...widgetIdentity(entry),
    entry: encodeFile(entry),
    chunks: Object.fromEntries(Object.entries(files.chunks).map(([name, content]) => [name, encodeFile(bytes(content))])),
  }
}

/** Reads a widget build, byte for byte; `undefined` when it has not been built. */
export function loadWidget(dir = WIDGET_DIST): WidgetAsset | undefined {
  const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)))
  if (!existsSync(join(dir, 'widget.js'))) return undefined
  const chunkNames = readdirSync(dir).filter((name) => CHUNK_NAME.test(name))
  return buildWidgetAsset({ entry: read('widget.js'), chunks: Object.fromEntries(chunkNames.map((name) => [name, read(name)])) })
}
