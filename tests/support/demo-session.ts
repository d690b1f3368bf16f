import { type RunningDemo, startDemo } from '@porchlight/demo/start-demo'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './chromium.ts'

/**
 * The whole demo (API, storefront, ops console) and a Chromium, for one test file; the fields
 * are set before its tests run. `speed` 0: no van; above, the van runs that many times faster.
 */
export function demoSession(speed = 0): { demo: RunningDemo; browser: Browser } {
  const session = {} as { demo: RunningDemo; browser: Browser }
  beforeAll(async () => {
    session.demo = await startDemo({ host: '127.0.0.1', apiPort: 0, storefrontPort: 0, speed })
    session.browser = await launchChromium()
  })
  afterAll(async () => {
    await session.browser?.close()
    await session.demo?.close()
  })
  return session
}
