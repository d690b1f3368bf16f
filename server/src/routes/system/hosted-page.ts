import { Hono } from 'hono'
import { html } from 'hono/html'
import type { AppEnv } from '../../env.ts'

/** The `trackingUrl` page: the widget alone on a plain page, for e-mails, SMS and notifications. */
export function hostedPageRoutes() {
  return new Hono<AppEnv>().get('/t/:token', (c) => {
    c.header('Cache-Control', 'no-store')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('X-Content-Type-Options', 'nosniff')
    return c.html(html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <link rel="icon" href="data:," />
    <title>Track your delivery</title>
    <script type="module" src="/widget.js"></script>
  </head>
  <body style="margin:0;padding:1rem;font-family:system-ui,sans-serif;background:#f6f6f4">
    <main style="max-width:36rem;margin:0 auto">
      <porchlight-tracker token="${c.req.param('token')}"></porchlight-tracker>
    </main>
  </body>
</html>`)
  })
}
