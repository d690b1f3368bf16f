import { css } from 'lit'

/**
 * The public `--porchlight-*` properties, resolved once into private ones with their defaults so
 * no rule repeats a fallback.
 *
 * Default colours use `light-dark()`, which follows the host page's `color-scheme` rather than
 * the operating system's (`prefers-color-scheme`): a light shop stays light for a shopper whose
 * system is dark, and a shop that declares `color-scheme: dark` gets a dark tracker. A browser
 * without `light-dark()` drops the value, so text inherits the page's colour on a transparent
 * background, which still reads.
 */
export const tokens = css`
  :host {
    --_accent: var(--porchlight-color-accent, light-dark(#0a5cad, #7cb7f5));
    --_text: var(--porchlight-color-text, light-dark(#1c2127, #e6e9ed));
    --_background: var(--porchlight-color-background, light-dark(#ffffff, #1b1f24));
    --_radius: var(--porchlight-radius, 0.75rem);
    --_font: var(--porchlight-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_muted: color-mix(in srgb, var(--_text) 68%, var(--_background));
    --_line: color-mix(in srgb, var(--_text) 16%, var(--_background));
  }
`
