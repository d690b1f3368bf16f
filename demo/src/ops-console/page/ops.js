// @ts-check
import { startAnalytics } from './analytics-panel.js'
import { call } from './api.js'
import { startCases } from './cases-panel.js'
import { startDriverPanel } from './driver-panel.js'
import { startInbox } from './inbox-panel.js'
import { startShipments } from './shipments-panel.js'

/** @type {{ van: import('./driver-panel.js').VanState | null }} */
const demo = await call('/demo')
const driver = startDriverPanel(demo.van)
startInbox()
startShipments(driver)
startCases()
startAnalytics()
