import { Hono } from 'hono'
import { html } from 'hono/html'
import type { SeededShipment } from './seed.ts'

/**
 * The retailer's own site, on its own origin: an order page that embeds the widget exactly as
 * the contract's snippet does, so the demo exercises the real cross-origin embed.
 */
export function storefrontApp(options: { apiUrl: string; shipments: () => SeededShipment[] }) {
  return new Hono().get('/', (c) => {
    const shipments = options.shipments()
    const chosen = shipments.find((s) => s.orderRef === c.req.query('order')) ?? shipments[0]
    c.header('Referrer-Policy', 'no-referrer')
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
