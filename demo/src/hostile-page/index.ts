import { readFileSync } from 'node:fs'
import { html, raw } from 'hono/html'

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8')
// Plain files, inlined as an old shop inlines them; read once at start.
const HOSTILE_CSS = read('./hostile.css')
const OLD_SITE_SCRIPTS = read('./old-site-scripts.js')
const OTHER_LIBRARIES = read('./other-libraries.js')

/**
 * A shop page as hostile as real ones get, by accident: global CSS that reaches every element,
 * the embed snippet pasted twice, a second copy of widget.js under another URL, polyfills that
 * patch built-in prototypes, a global `$`, and another vendor's custom elements, one of which
 * holds a tracker in its own shadow root. The tracker must look and work as on the storefront.
 */
export function hostilePage(options: { apiUrl: string; orderRef: string; token: string }) {
  const { apiUrl, orderRef, token } = options
  return html`<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Bargain Barn · Order ${orderRef}</title>
    <script>${raw(OLD_SITE_SCRIPTS)}</script>
    <style>${raw(HOSTILE_CSS)}</style>
    <script type="module" src="${apiUrl}/widget.js"></script>
  </head>
  <body>
    <div class="promo-bar">MEGA SALE!!! Free shipping on everything this week only</div>
    <div class="builder-row">
      <div class="builder-column">
        <p>
          A hostile page for the tracker: this shop's CSS restyles every element, hides every
          button and svg, sets the tracker's private property names, and its scripts patch
          built-in prototypes and load widget.js twice. The tracker below should look exactly as
          on <a href="/?order=${orderRef}">the storefront</a>.
        </p>
        <acme-badge>Free returns</acme-badge>
        <acme-stars rating="4.6" count="2,318"></acme-stars>
        <section class="order-slot">
          <h1>Order ${orderRef}</h1>
          <script type="module" src="${apiUrl}/widget.js"></script>
          <porchlight-tracker token="${token}"></porchlight-tracker>
        </section>
      </div>
    </div>
    <acme-order-card heading="Tracked by our order card block" token="${token}"></acme-order-card>
    <script>${raw(OTHER_LIBRARIES)}</script>
  </body>
</html>`
}
