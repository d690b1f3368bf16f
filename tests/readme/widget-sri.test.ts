import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { WIDGET_DIST, widgetIdentity } from '@porchlight/server/widget-build'
import { expect, it } from 'vitest'

const README = new URL('../../README.md', import.meta.url)

// Shops copy this snippet: a stale integrity would make their browsers refuse the widget.
it("README publishes the version and integrity of the widget as it is built", () => {
  const { version, integrity } = widgetIdentity(readFileSync(join(WIDGET_DIST, 'widget.js')))
  const pinning = /<!-- widget-sri:start[\s\S]*?<!-- widget-sri:end -->/.exec(readFileSync(README, 'utf8'))?.[0] ?? ''
  const hint = 'README.md does not match widget/dist/widget.js: run `pnpm widget:sri`'
  expect(pinning, hint).toContain(`src="https://HOST/widget/${version}/widget.js"`)
  expect(pinning, hint).toContain(`integrity="${integrity}"`)
})
