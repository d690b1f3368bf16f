// @ts-check
import { call } from './api.js'
import { byId, element } from './element.js'
import { formatWindow, statusLabel } from './format.js'
import { poll } from './poll.js'
import { timeZoneOf } from './shipment-zones.js'

const SHOWN = 25

/**
 * The most recent shipments with their promised window and, for stops on the live van's route,
 * the window the shopper is shown now; every time at the delivery address.
 * @param {{ routeId: () => string | null }} van
 */
export function startShipments(van) {
  let shown = ''
  poll('shipments', 4000, async () => {
    /** @type {import('@porchlight/shared').ShipmentList} */
    const list = await call(`/v1/shipments?limit=${SHOWN}`)
    const routeId = van.routeId()
    /** @type {import('@porchlight/shared').Route | null} */
    const route = routeId ? await call(`/v1/routes/${encodeURIComponent(routeId)}`) : null
    const etas = new Map(route?.stops.map((stop) => [stop.shipmentId, stop.eta]))
    const rows = await Promise.all(
      list.shipments.map(async (s) => {
        const timeZone = await timeZoneOf(s.id)
        return [s.orderRef, s.city, statusLabel(s.status), formatWindow(s.promisedWindow, timeZone), formatWindow(etas.get(s.id), timeZone)]
      }),
    )
    // Rebuilt only when something changed, so a screen reader in the table is not disturbed.
    const signature = JSON.stringify(rows)
    if (signature === shown) return
    shown = signature
    byId('shipment-rows').replaceChildren(
      ...rows.map(([order = '', ...cells]) => element('tr', {}, element('th', { scope: 'row' }, order), ...cells.map((cell) => element('td', {}, cell)))),
    )
  })
}
