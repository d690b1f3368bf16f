import { readFileSync } from 'node:fs'
import { html, raw } from 'hono/html'

const read = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8')
// Each theme is one file, applied and shown as code from the same text, so the two cannot differ.
const PAGE_CSS = read('./page.css')
const MAISON_THEME = read('./maison-theme.css')
const AFTER_DARK = read('./after-dark.css')

/**
 * For retailers: one delivery in three trackers side by side, as it comes, in a shop's own brand
 * (custom properties and `::part()` only, as widget/README.md lists them) and in a dark part of a
 * page, each with the CSS that made it.
 */
export function themedPage(options: { apiUrl: string; orderRef: string; token: string }) {
  const { apiUrl, orderRef, token } = options
  const snippet = `<script type="module" src="${apiUrl}/widget.js"></script>\n<porchlight-tracker token="…"></porchlight-tracker>`
  return html`<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Porchlight · Your brand, your tracker</title>
    <style>${raw(PAGE_CSS)}</style>
    <style>${raw(MAISON_THEME)}</style>
    <style>${raw(AFTER_DARK)}</style>
    <script type="module" src="${apiUrl}/widget.js"></script>
  </head>
  <body>
    <header>
      <h1>Your brand, your tracker</h1>
      <p>
        Order ${orderRef}, three times. The tracker keeps to its own box: your page's styles do
        not reach it. What you can change is yours on purpose: colours, corners, type and spacing
        through <code>--porchlight-*</code> custom properties, and any part through
        <code>::part()</code>.
        It follows your page's colour scheme, so a dark page gets a dark tracker.
        <a href="/?order=${orderRef}">Back to the shop</a>
      </p>
    </header>
    <main class="gallery">
      <figure class="sample">
        <figcaption>
          <h2>As it comes</h2>
          <p>
            The embed snippet and nothing else. The colours are the shop's own, from its
            Porchlight settings: <code>PATCH /v1/settings</code> with <code>branding</code>.
          </p>
        </figcaption>
        <porchlight-tracker token="${token}"></porchlight-tracker>
        <pre><code>${snippet}</code></pre>
      </figure>
      <figure class="sample maison-sample">
        <figcaption>
          <h2>In Maison Lumière's brand</h2>
          <p>Its colours, its serif, pill buttons, diamond markers.</p>
        </figcaption>
        <porchlight-tracker class="maison" token="${token}"></porchlight-tracker>
        <pre><code>${MAISON_THEME}</code></pre>
      </figure>
      <figure class="sample after-dark">
        <figcaption>
          <h2>On a dark page</h2>
          <p>Dark colours, from the page's <code>color-scheme</code> alone.</p>
        </figcaption>
        <porchlight-tracker token="${token}"></porchlight-tracker>
        <pre><code>${AFTER_DARK}</code></pre>
      </figure>
    </main>
  </body>
</html>`
}
