import { type CompletedRoute, generateHistory } from './fleet/index.ts'
import type { RetailerClient } from './retailer-client.ts'

const MAX_BATCH = 500

/**
 * Plays past route-days into the API as a carrier would have sent them (shipments, the route,
 * its pings, then each stop's delivery), so the server learns its ETA stats the real way: from
 * completed routes.
 */
export async function replayHistory(client: RetailerClient, options: { seed: string; days: number }) {
  const history = generateHistory({ seed: options.seed, days: options.days, driversPerDay: 1 })
  for (const [index, route] of history.entries()) await replayRoute(client, `history-${index + 1}`, route)
  return history.length
}

async function replayRoute(client: RetailerClient, routeId: string, route: CompletedRoute) {
  const shipmentIds: string[] = []
  for (const [n, stop] of route.stops.entries()) {
    const created = await client.createShipment({
      orderRef: `${routeId}-${n + 1}`,
      recipient: { name: 'Past shopper' },
      address: { line1: `Stop ${n + 1}`, city: 'Paris', postcode: '75000', country: 'FR', lat: stop.lat, lng: stop.lng, timeZone: 'Europe/Paris' },
    })
    shipmentIds.push(created.id)
  }
  await client.putRoute(routeId, { driver: { name: 'Past driver' }, stops: shipmentIds.map((shipmentId) => ({ shipmentId })) })
  for (let i = 0; i < route.pings.length; i += MAX_BATCH) {
    const positions = route.pings.slice(i, i + MAX_BATCH).map((p) => ({ lat: p.lat, lng: p.lng, at: p.at.toISOString() }))
    await client.postPositions(routeId, { positions })
  }
  for (const [n, stop] of route.stops.entries()) {
    await client.recordEvent(shipmentIds[n]!, { type: 'delivered', at: stop.departedAt.toISOString() })
  }
}
