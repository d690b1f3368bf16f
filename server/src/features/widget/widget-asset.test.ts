import { createHash } from 'node:crypto'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { WidgetAsset } from '../../ports/widget-asset.ts'
import { buildWidgetAsset } from '../../entry/widget-build.ts'
import type { AppEnv } from '../../env.ts'
import { createErrorHandler } from '../../errors/on-error.ts'
import { requestId } from 'hono/request-id'
import { widgetAssetRoutes } from './widget-asset.ts'

const ENTRY = `export const label = "Where is my parcel?";\n`.repeat(200)
const CHUNK = 'widget-panel-abc123.js'
const CHUNK_SOURCE = `import { label } from '../../routes/system/widget.js'; export const panel = label`

// The routes as createApp mounts them, without a database (system.test.ts covers the mounting).
function widgetApp(widget: WidgetAsset | undefined) {
  const app = new Hono<AppEnv>()
  app.use('*', requestId())
  app.onError(createErrorHandler({ info: () => {}, error: () => {} }))
  return app.route('/', widgetAssetRoutes({ widget, config: { publicUrl: 'https://track.example/' } }))
}

const widget = buildWidgetAsset({ entry: ENTRY, chunks: { [CHUNK]: CHUNK_SOURCE } })
const app = widgetApp(widget)
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers })

/** The bytes a browser ends up with, whatever coding the server chose. */
async function decoded(res: Response): Promise<string> {
  const body = Buffer.from(await res.arrayBuffer())
  const coding = res.headers.get('Content-Encoding')
  const bytes = coding === 'br' ? brotliDecompressSync(body) : coding === 'gzip' ? gunzipSync(body) : body
  return bytes.toString('utf8')
}

describe('widget.js, compressed ahead of time', () => {
  it('sends brotli, gzip or plain bytes by Accept-Encoding, all decoding to the same module', async () => {
    const cases: Array<[string | undefined, string | null]> = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=1, br;q=0.5', 'gzip'],
      ['*', 'br'],
      ['br;q=0, gzip;q=0', null],
      ['*;q=0', null],
      [undefined, null],
    ]
    for (const [accept, coding] of cases) {
      const res = await get('/widget.js', accept === undefined ? {} : { 'Accept-Encoding': accept })
      expect(res.headers.get('Content-Encoding'), `Accept-Encoding: ${accept}`).toBe(coding)
      expect(res.headers.get('Vary')).toBe('Accept-Encoding')
      expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
      expect(await decoded(res)).toBe(ENTRY)
    }
  })

  it('sends compressed bytes that are much smaller than the module', async () => {
    const plain = (await (await get('/widget.js')).arrayBuffer()).byteLength
    const br = (await (await get('/widget.js', { 'Accept-Encoding': 'br' })).arrayBuffer()).byteLength
    expect(br).toBeLessThan(plain / 10)
  })

  it('answers 304 to a browser revalidating its copy, whichever way it lists the tag', async () => {
    const first = await get('/widget.js', { 'Accept-Encoding': 'gzip' })
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=300, stale-while-revalidate=86400')
    const etag = first.headers.get('ETag') ?? ''
    expect(etag).toMatch(/^"[^"]+"$/)
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await get('/widget.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': ifNoneMatch })
      expect(res.status, ifNoneMatch).toBe(304)
      expect(res.headers.get('ETag')).toBe(etag)
    }
    expect((await get('/widget.js', { 'Accept-Encoding': 'gzip', 'If-None-Match': '"other"' })).status).toBe(200)
    // Another coding is another representation: its bytes differ, so a cache must not reuse these.
    expect((await get('/widget.js', { 'Accept-Encoding': 'br', 'If-None-Match': etag })).status).toBe(200)
  })
})

describe('a pinned version of widget.js', () => {
  it('publishes the current version with the integrity of the bytes served', async () => {
    const res = await get('/widget.json')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Cache-Control')).toContain('max-age=300')
    const manifest = (await res.json()) as { version: string; url: string; integrity: string }
    expect(manifest.url).toBe(`https://track.example/widget/${manifest.version}/widget.js`)
    const pinned = await get(new URL(manifest.url).pathname, { 'Accept-Encoding': 'br' })
    const sha384 = createHash('sha384').update(await decoded(pinned)).digest('base64')
    expect(manifest.integrity).toBe(`sha384-${sha384}`)
    expect(pinned.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(pinned.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(pinned.headers.get('ETag')).toBeTruthy()
  })

  it('serves the chunks beside the pinned module, where its relative imports look for them', async () => {
    const chunk = await get(`/widget/${widget.version}/${CHUNK}`, { 'Accept-Encoding': 'gzip' })
    expect(chunk.status).toBe(200)
    expect(chunk.headers.get('Cache-Control')).toContain('immutable')
    expect(await decoded(chunk)).toBe(CHUNK_SOURCE)
    expect((await get(`/widget/${widget.version}/widget-missing-000.js`)).status).toBe(404)
    // Pages that loaded the alias fetch the same chunks from the root.
    expect(await decoded(await get(`/${CHUNK}`))).toBe(CHUNK_SOURCE)
  })

  it('answers 404 problem+json for a version this server does not hold', async () => {
    for (const path of ['/widget/000000000000/widget.js', `/widget/000000000000/${CHUNK}`]) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers.get('Content-Type')).toBe('application/problem+json')
      expect(((await res.json()) as { detail: string }).detail).toBe('This widget version was not found.')
    }
  })

  it('gets a new version when widget.js changes, so a pinned URL never changes meaning', () => {
    const next = buildWidgetAsset({ entry: `${ENTRY}// fixed\n`, chunks: {} })
    expect(next.version).not.toBe(widget.version)
    expect(next.integrity).not.toBe(widget.integrity)
  })
})

it('answers 404 for every widget URL while the widget is not built', async () => {
  const unbuilt = widgetApp(undefined)
  for (const path of ['/widget.js', '/widget.json', `/${CHUNK}`, `/widget/${widget.version}/widget.js`]) {
    expect((await unbuilt.request(path)).status, path).toBe(404)
  }
})
