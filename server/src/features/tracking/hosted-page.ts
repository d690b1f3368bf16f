import { Hono } from 'hono'
import { html, raw } from 'hono/html'
import type { AppDeps } from '../../deps.ts'
import type { AppEnv } from '../../env.ts'
import { hostedPageFacts } from './hosted-page-facts.ts'

const PAGE_STYLES =
  'body{margin:0;padding:1rem;font-family:system-ui,sans-serif;background:#f6f6f4;color:#1c2127}' +
  'main{max-width:36rem;margin:0 auto}h1{margin:0 0 1rem;font-size:1.125rem}'

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)))

/**
 * The policy the widget is tested under (tests/e2e/strict-csp.test.ts), plus the page's own
 * stylesheet by its hash, the push service worker, and no framing: the URL carries the token,
 * and a framed page could be overlaid to make a shopper click "Reschedule" unawares.
 */
async function contentSecurityPolicy(): Promise<string> {
  const styleHash = base64(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(PAGE_STYLES)))
  return [
    "default-src 'none'",
    "script-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    `style-src 'sha256-${styleHash}'`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    // Lit's policy, and the widget's for the push worker's URL.
    'trusted-types lit-html porchlight-push',
  ].join('; ')
}

/**
 * The `trackingUrl` page: the widget alone on a plain page, for e-mails, SMS and notifications.
 * Its `lang` is the recipient's language as the shop gave it, else the browser's first choice:
 * the widget reads in the page's language.
 */
export function hostedPageRoutes(deps: Pick<AppDeps, 'db'>) {
  const policy = contentSecurityPolicy()
  return new Hono<AppEnv>().get('/t/:token', async (c) => {
    const token = c.req.param('token')
    const facts = await hostedPageFacts(deps.db, token)
    const lang = languageTag(facts?.locale) ?? languageTag(firstChoice(c.req.header('Accept-Language'))) ?? 'en'
    c.header('Content-Security-Policy', await policy)
    c.header('X-Frame-Options', 'DENY')
    c.header('Cache-Control', 'no-store')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Vary', 'Accept-Language')
    return c.html(html`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <link rel="icon" href="data:," />
    <title>${facts?.retailer ?? 'Porchlight'} · Track your delivery</title>
    <style>${raw(PAGE_STYLES)}</style>
    <script type="module" src="/widget.js"></script>
  </head>
  <body>
    <main>
      <h1>${facts?.retailer ?? 'Porchlight'}</h1>
      <porchlight-tracker token="${token}"></porchlight-tracker>
    </main>
  </body>
</html>`)
  })
}

function firstChoice(acceptLanguage: string | undefined): string | undefined {
  return acceptLanguage?.split(',')[0]?.split(';')[0]?.trim()
}

/** A well-formed BCP 47 tag, canonical, or nothing: what goes into the page must be one. */
function languageTag(tag: string | null | undefined): string | undefined {
  if (!tag || tag === '*') return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}
