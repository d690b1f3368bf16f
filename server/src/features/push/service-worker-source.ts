/**
 * The service worker for delivery notifications. A service worker must come from the page's own
 * origin, so a retailer serves a one-line file that pulls this in:
 * `importScripts('https://<porchlight>/porchlight-sw.js')`. Plain ES5-era script on purpose: it
 * runs under `importScripts`, inside whatever worker the retailer may already have.
 */
export const SERVICE_WORKER_SOURCE = `// Porchlight: shows delivery notifications; a click opens or focuses the tracking page.
self.addEventListener('push', function (event) {
  var data = null
  try {
    data = event.data ? event.data.json() : null
  } catch (error) {
    data = null
  }
  if (!data || typeof data.title !== 'string' || data.kind === undefined) return
  event.waitUntil(
    self.registration.showNotification(data.title, {
      body: data.body,
      tag: data.tag,
      renotify: true,
      timestamp: data.timestamp,
      data: { url: data.url, porchlight: true },
    }),
  )
})

self.addEventListener('notificationclick', function (event) {
  var data = event.notification.data || {}
  if (!data.porchlight) return
  event.notification.close()
  var url = data.url
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (clients) {
      for (var i = 0; i < clients.length; i++) {
        if (url && clients[i].url === url && 'focus' in clients[i]) return clients[i].focus()
      }
      return url ? self.clients.openWindow(url) : undefined
    }),
  )
})
`
