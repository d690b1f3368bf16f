/** The hosted tracking page a shopper's e-mail, SMS or notification links to. */
export const trackingUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/t/${encodeURIComponent(token)}`
