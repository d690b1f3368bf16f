export type IdGenerator = {
  /** A new opaque identifier such as `shp_3kTq9…`. */
  id(prefix: string): string
  /** A new secret with at least `bytes` × 8 bits of entropy, base64url. */
  secret(bytes: number): string
}
