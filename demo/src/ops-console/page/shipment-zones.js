// @ts-check
import { call } from './api.js'

/** @type {Map<string, Promise<string>>} */
const zones = new Map()

/**
 * The time zone of a shipment's delivery address, which only its detail carries. Asked once a
 * shipment, since the panels refresh every few seconds and an address's zone does not move.
 * @param {string} shipmentId
 * @returns {Promise<string>}
 */
export function timeZoneOf(shipmentId) {
  let zone = zones.get(shipmentId)
  if (!zone) {
    /** @type {Promise<import('@porchlight/shared').ShipmentDetail>} */
    const detail = call(`/v1/shipments/${encodeURIComponent(shipmentId)}`)
    zone = detail.then((d) => d.address.timeZone)
    zone.catch(() => zones.delete(shipmentId))
    zones.set(shipmentId, zone)
  }
  return zone
}
