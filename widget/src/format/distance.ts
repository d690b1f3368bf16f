/** "450 m", "1.2 km": a straight-line distance in metres, as `locale` writes units. */
export function distance(locale: string, metres: number): string {
  const km = metres >= 1000
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: km ? 'kilometer' : 'meter',
    maximumFractionDigits: km ? 1 : 0,
  }).format(km ? metres / 1000 : metres)
}
