import type { Branding } from '@porchlight/shared'

// The server checks the format and the contrast; this only keeps anything else out of a rule.
const HEX_COLOR = /^#[0-9a-f]{6}$/i

/**
 * The shop's colours from its settings, as the defaults under the page's own
 * `--porchlight-color-accent`: a stylesheet adopted by the tracker's shadow root, which needs no
 * inline style the page's Content-Security-Policy might forbid, and leaves the element's own
 * `style` attribute to the page. Adopted after the tracker's own sheets, so this rule wins over
 * the reset in `./tokens.ts`.
 */
export class BrandSheet {
  private readonly sheet = new CSSStyleSheet()
  private rule = ''

  constructor(private readonly root: () => ShadowRoot | null) {}

  apply(brand: Branding | undefined): void {
    const rule = `.frame{${declaration('--_brand-light', brand?.accentColor)}${declaration('--_brand-dark', brand?.accentColorDark)}}`
    if (rule === this.rule) return
    this.rule = rule
    this.sheet.replaceSync(rule)
    const root = this.root()
    if (root && !root.adoptedStyleSheets.includes(this.sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet]
    }
  }
}

function declaration(property: string, color: string | null | undefined): string {
  return color && HEX_COLOR.test(color) ? `${property}:${color};` : ''
}
