import { adoptStyles, type CSSResult, type LitElement } from 'lit'

/**
 * Adds a lazily loaded part's styles to the tracker's shadow root, next to what is there. Lit's
 * `adoptStyles` replaces the root's sheets, which would drop those of a panel loaded earlier.
 * Adding one sheet twice (a panel made again for another token) is a no-op.
 */
export function joinStyles(host: LitElement, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot
  const sheet = styles.styleSheet
  if (!sheet) {
    // No constructable sheets: Lit appends a <style>, which keeps the others.
    adoptStyles(root, [styles])
  } else if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  }
}
