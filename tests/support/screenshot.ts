import { fileURLToPath } from 'node:url'
import { startDemo } from '@porchlight/demo/start-demo'
import { launchChromium } from './chromium.ts'

// `pnpm --filter @porchlight/tests screenshot`: the README's picture of the demo storefront.
const OUT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url))

const demo = await startDemo({ host: '127.0.0.1', apiPort: 0, storefrontPort: 0, speed: 0 })
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, locale: 'en-GB' })
  await page.goto(`${demo.storefrontUrl}/?order=DEMO-1001`)
  await page.locator('porchlight-tracker').getByText('On the van with Sam').waitFor()
  await page.screenshot({ path: OUT })
  console.log(`written to ${OUT}`)
} finally {
  await browser.close()
  await demo.close()
}
