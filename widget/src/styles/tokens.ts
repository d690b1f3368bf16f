import { css } from 'lit'

/**
 * The public `--porchlight-*` properties, resolved once into private ones with their defaults so
 * no rule repeats a fallback.
 *
 * Default colours use `light-dark()`, which follows the host page's `color-scheme` rather than
 * the operating system's (`prefers-color-scheme`): a light shop stays light for a shopper whose
 * system is dark, and a shop that declares `color-scheme: dark` gets a dark tracker. A browser
 * without `light-dark()` drops the value, so text inherits the page's colour on a transparent
 * background, which still reads. `--_brand-*` are the shop's colours from its settings (see
 * `./brand-sheet.ts`): defaults the page's own properties still override; they are reset here so
 * a page's own variables of those names cannot reach in.
 *
 * Declared on the tracker's inner `.frame`, which no selector of the page can match: the page
 * can set `--porchlight-*` and nothing else. Lengths are in `em` of that frame, whose size is the
 * browser's default, not the page's root size. `--porchlight-density` scales the spacing (not
 * the text, nor the controls' minimum sizes), within half to one and a half times.
 */
export const tokens = css`
  .frame {
    --_brand-light: initial;
    --_brand-dark: initial;
    --_d: clamp(0.5, var(--porchlight-density, 1), 1.5);
    --_accent: var(
      --porchlight-color-accent,
      light-dark(var(--_brand-light, #0a5cad), var(--_brand-dark, #7cb7f5))
    );
    --_text: var(--porchlight-color-text, light-dark(#1c2127, #e6e9ed));
    --_background: var(--porchlight-color-background, light-dark(#ffffff, #1b1f24));
    --_radius: var(--porchlight-radius, 0.75em);
    --_font: var(--porchlight-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_muted: color-mix(in srgb, var(--_text) 68%, var(--_background));
    --_line: color-mix(in srgb, var(--_text) 16%, var(--_background));
  }
`
