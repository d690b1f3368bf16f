import { Hono } from 'hono'
import { html } from 'hono/html'
import { hostilePage } from './hostile-page/index.ts'
import type { SeededShipment } from './seed.ts'
import { themedPage } from './themed-page/index.ts'

/**
 * The retailer's own site, on its own origin: an order page that embeds the widget exactly as
 * the contract's snippet does, so the demo exercises the real cross-origin embed. Beside it, the
 * same order on a page built to be hostile to the widget (`/hostile`) and in three themes
 * (`/themed`).
 */
export function storefrontApp(options: { apiUrl: string; shipments: () => SeededShipment[] }) {
  const choose = (orderRef: string | undefined) => {
    const shipments = options.shipments()
    return { shipments, chosen: shipments.find((s) => s.orderRef === orderRef) ?? shipments[0] }
  }
  const order = (orderRef: string | undefined) => {
    const { chosen } = choose(orderRef)
    return { apiUrl: options.apiUrl, orderRef: chosen?.orderRef ?? '', token: chosen?.trackingToken ?? '' }
  }
  return new Hono()
    .use(async (c, next) => {
      await next()
      c.header('Referrer-Policy', 'no-referrer')
    })
    .get('/hostile', (c) => c.html(hostilePage(order(c.req.query('order')))))
    .get('/themed', (c) => c.html(themedPage(order(c.req.query('order')))))
    .get('/', (c) => {
      const { shipments, chosen } = choose(c.req.query('order'))
      return c.html(html`<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Maison Lumière · Your order</title>
    <style>
      body { margin: 0; font-family: Georgia, serif; background: #faf7f2; color: #2b2118; }
      header { padding: 1rem 2rem; background: #2b2118; color: #faf7f2; letter-spacing: 0.2em; }
      main { display: grid; grid-template-columns: minmax(12rem, 16rem) minmax(0, 36rem); gap: 2rem; padding: 2rem; }
      nav a { display: block; padding: 0.5rem 0; color: #7a4b1e; }
      nav a[aria-current] { font-weight: bold; }
      nav p { margin-top: 2rem; font-size: 0.875rem; }
      @media (max-width: 40rem) { main { grid-template-columns: 1fr; } }
    </style>
  </head>
  <body>
    <header>MAISON LUMIÈRE</header>
    <main>
      <nav aria-label="Your orders">
        <h2>Your orders</h2>
        ${shipments.map(
          (s) => html`<a href="?order=${s.orderRef}" ${s === chosen ? html`aria-current="page"` : ''}>${s.orderRef} · ${s.label}</a>`,
        )}
        <p>
          This order elsewhere:
          <a href="/themed?order=${chosen?.orderRef ?? ''}">in three themes</a>
          <a href="/hostile?order=${chosen?.orderRef ?? ''}">on a hostile page</a>
        </p>
      </nav>
      <section>
        <h1>Order ${chosen?.orderRef ?? ''}</h1>
        <script type="module" src="${options.apiUrl}/widget.js"></script>
        <porchlight-tracker token="${chosen?.trackingToken ?? ''}"></porchlight-tracker>
      </section>
    </main>
  </body>
</html>`)
    })
}
