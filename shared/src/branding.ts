import { z } from 'zod'

/**
 * The tracker's own backgrounds, light and dark. A brand colour is the buttons' fill with this
 * as their text, so it must read against it.
 */
export const TRACKER_BACKGROUND = { light: '#ffffff', dark: '#1b1f24' } as const

/** WCAG 2.2 AA for normal text (1.4.3); button labels are normal-sized text. */
export const MIN_CONTRAST = 4.5

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb')

/** WCAG's contrast ratio of two `#rrggbb` colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (lighter + 0.05) / (darker + 0.05)
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** A brand colour that keeps the tracker's buttons readable on `background`. */
function brandColor(background: string, scheme: string) {
  return HexColor.nullable().superRefine((color, ctx) => {
    if (color === null) return
    const ratio = contrastRatio(color, background)
    if (ratio < MIN_CONTRAST) {
      ctx.addIssue({
        code: 'custom',
        message: `contrast with the tracker's ${scheme} background (${background}) is ${ratio.toFixed(2)}:1; WCAG AA needs ${MIN_CONTRAST}:1`,
      })
    }
  })
}

/**
 * The retailer's colours for its trackers: the default for `--porchlight-color-accent`, which a
 * page's own CSS still overrides. `null` keeps Porchlight's.
 */
export const Branding = z
  .strictObject({
    accentColor: brandColor(TRACKER_BACKGROUND.light, 'light').meta({
      description: 'Buttons and highlights in light mode, as #rrggbb; must reach 4.5:1 against white.',
    }),
    accentColorDark: brandColor(TRACKER_BACKGROUND.dark, 'dark').meta({
      description: `Buttons and highlights in dark mode, as #rrggbb; must reach 4.5:1 against ${TRACKER_BACKGROUND.dark}.`,
    }),
  })
  .meta({ id: 'Branding' })
export type Branding = z.infer<typeof Branding>
