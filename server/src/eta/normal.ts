/** Standard normal CDF (Abramowitz and Stegun 7.1.26 for erf; error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const erf = 1 - poly * Math.exp(-x * x)
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf)
}

// Acklam's rational approximation of the inverse normal CDF (relative error below 1.2e-9).
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239]
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572]
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783]
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]

/** The z with normalCdf(z) = p, for p in (0, 1). */
function tail(r: number): number {
  return (
    (((((C[0]! * r + C[1]!) * r + C[2]!) * r + C[3]!) * r + C[4]!) * r + C[5]!) /
    ((((D[0]! * r + D[1]!) * r + D[2]!) * r + D[3]!) * r + 1)
  )
}

export function normalQuantile(p: number): number {
  const q = Math.min(1 - 1e-12, Math.max(1e-12, p))
  if (q < 0.02425) return tail(Math.sqrt(-2 * Math.log(q)))
  if (q > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - q)))
  const s = q - 0.5
  const r = s * s
  return (
    ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * s) /
    (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1)
  )
}
