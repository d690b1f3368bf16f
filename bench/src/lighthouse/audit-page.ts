import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@porchlight/tests/support/chromium'
import { launch } from 'chrome-launcher'
import lighthouse, { type Result, desktopConfig } from 'lighthouse'

export type FormFactor = 'mobile' | 'desktop'

/**
 * One Lighthouse navigation of `url` in a fresh Chromium, so one run's cache and service
 * workers never flatter the next. Mobile is Lighthouse's default (a mid-range phone on slow 4G,
 * CPU 4× slower, all simulated); desktop is its desktop preset (no CPU slowdown).
 */
export async function auditPage(url: string, formFactor: FormFactor): Promise<Result> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  })
  try {
    const run = await lighthouse(
      url,
      { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    )
    if (!run) throw new Error(`Lighthouse returned no result for ${url}`)
    return run.lhr
  } finally {
    chrome.kill()
  }
}
