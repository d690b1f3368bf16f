/**
 * `GET {api}/v1/track/{token}/stream?after={lastEventId}`, from the view's URL. `after` is for a
 * connection of our own; the browser's reconnections of the same EventSource keep this URL and
 * add `Last-Event-ID`, which the server prefers to `?after=`. An empty `after` (nothing to
 * resume from) is left out, and the server starts from now.
 */
export function liveStreamUrl(trackingUrl: string, after: string): string {
  return after ? `${trackingUrl}/stream?after=${encodeURIComponent(after)}` : `${trackingUrl}/stream`
}
