import { expect, it } from 'vitest'
import { Branding, contrastRatio } from './branding.ts'

it('computes the contrast ratios WCAG gives for known pairs', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
  expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
  // WebAIM's checker: #767676 on white is the lightest grey passing AA, at 4.54:1.
  expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2)
})

it('turns down a brand colour its buttons would not be readable in, naming the field and the ratio', () => {
  const result = Branding.safeParse({ accentColor: '#ffcc00', accentColorDark: null })
  expect(result.success).toBe(false)
  expect(result.error?.issues[0]?.path).toEqual(['accentColor'])
  expect(result.error?.issues[0]?.message).toMatch(/1\.\d\d:1; WCAG AA needs 4.5:1/)
  expect(Branding.safeParse({ accentColor: null, accentColorDark: '#0a5cad' }).success).toBe(false)
  expect(Branding.safeParse({ accentColor: '#0a5cad', accentColorDark: '#7cb7f5' }).success).toBe(true)
  expect(Branding.safeParse({ accentColor: 'red', accentColorDark: null }).success).toBe(false)
})
