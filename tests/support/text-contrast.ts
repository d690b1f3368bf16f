import type { Locator } from 'playwright-core'

/** An opaque sRGB colour, 0 to 255 a channel. */
export type Rgb = readonly [number, number, number]

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const s = channel / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/** WCAG 2 contrast ratio, 1 to 21; 4.5 is the minimum for body text (level AA). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/**
 * Each piece of text in a tracker's shadow root, with its colour and the background behind it
 * (that of the nearest box that has one). Read back as painted on a canvas, so whatever the CSS
 * said (`light-dark()`, `color-mix()`) comes out as sRGB.
 */
export function textColours(tracker: Locator): Promise<Array<{ text: string; color: Rgb; background: Rgb }>> {
  return tracker.evaluate((host) => {
    const canvas = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!
    const paint = (css: string) => {
      canvas.clearRect(0, 0, 1, 1)
      canvas.fillStyle = css
      canvas.fillRect(0, 0, 1, 1)
      return [...canvas.getImageData(0, 0, 1, 1).data] as [number, number, number, number]
    }
    const behind = (element: Element): [number, number, number] => {
      for (let box: Element | undefined = element; box; box = box.parentElement ?? (box.getRootNode() as ShadowRoot).host) {
        const [r, g, b, alpha] = paint(getComputedStyle(box).backgroundColor)
        if (alpha > 0) return [r, g, b]
      }
      return [255, 255, 255]
    }
    const texts = []
    const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      const text = node.textContent?.trim()
      if (!element || !text || !element.checkVisibility({ visibilityProperty: true })) continue
      const [r, g, b] = paint(getComputedStyle(element).color)
      texts.push({ text, color: [r, g, b] as const, background: behind(element) })
    }
    return texts
  })
}
