/**
 * How a duration's spread grows with its typical length: variance = base + share × mean², by
 * least squares of squared residuals on squared means. Used for legs and for doorstep times.
 * The floors keep a short leg or a quick drop from ever looking certain.
 */
export function fitMeanVariance(points: ReadonlyArray<{ mean: number; actual: number }>): { varianceBase: number; varianceShare: number } {
  const xy = points.map((p) => ({ x: p.mean * p.mean, y: (p.actual - p.mean) ** 2 }))
  const meanX = xy.reduce((sum, p) => sum + p.x, 0) / xy.length
  const meanY = xy.reduce((sum, p) => sum + p.y, 0) / xy.length
  let covariance = 0
  let varianceX = 0
  for (const p of xy) {
    covariance += (p.x - meanX) * (p.y - meanY)
    varianceX += (p.x - meanX) ** 2
  }
  const varianceShare = Math.max(0.005, varianceX > 0 ? covariance / varianceX : 0)
  return { varianceShare, varianceBase: Math.max(0.05, meanY - varianceShare * meanX) }
}
