// `pnpm widget:sri`: prints the version and Subresource Integrity of the built widget.js and
// writes them into README.md's "Pinning a version" block. It builds nothing: run it after
// `pnpm build` whenever the widget changed (tests/readme/widget-sri.test.ts fails until then).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { WIDGET_DIST, widgetIdentity } from '../src/entry/widget-build.ts'

const README = fileURLToPath(new URL('../../README.md', import.meta.url))
const BLOCK = /(<!-- widget-sri:start[^>]*-->\n)[\s\S]*?(<!-- widget-sri:end -->)/

const entryPath = join(WIDGET_DIST, 'widget.js')
if (!existsSync(entryPath)) {
  console.error(`No widget build in ${WIDGET_DIST}: run \`pnpm build\` first.`)
  process.exit(1)
}
const { version, integrity } = widgetIdentity(readFileSync(entryPath))
const snippet = [
  '```html',
  `<script type="module" src="https://HOST/widget/${version}/widget.js"`,
  `        integrity="${integrity}" crossorigin="anonymous"></script>`,
  '<porchlight-tracker token="TRACKING_TOKEN"></porchlight-tracker>',
  '```',
  '',
].join('\n')

const readme = readFileSync(README, 'utf8')
if (!BLOCK.test(readme)) {
  console.error(`README.md has no <!-- widget-sri:start --> … <!-- widget-sri:end --> block to write into.`)
  process.exit(1)
}
const updated = readme.replace(BLOCK, (_, start: string, end: string) => `${start}${snippet}${end}`)
if (updated !== readme) writeFileSync(README, updated)
console.log(`version    ${version}\nintegrity  ${integrity}\nREADME.md  ${updated === readme ? 'already up to date' : 'updated'}`)
