import { DEFAULT_DEMO_SPEED, startDemo } from './start-demo.ts'

const speed = Number(process.env.DEMO_SPEED ?? DEFAULT_DEMO_SPEED)

const demo = await startDemo({
  host: process.env.HOST ?? '127.0.0.1',
  apiPort: Number(process.env.PORT ?? 8787),
  storefrontPort: Number(process.env.STOREFRONT_PORT ?? 8788),
  opsPort: Number(process.env.OPS_PORT ?? 8789),
  speed,
})

const first = demo.shipments[0]
console.log(`
  Porchlight demo is running.

  Storefront:        ${demo.storefrontUrl}/
  Ops console:       ${demo.opsUrl}/
  API:               ${demo.apiUrl}   (OpenAPI: ${demo.apiUrl}/openapi.json)
  Hosted tracking:   ${first?.trackingUrl ?? ''}

  A simulated van delivers in Paris at ${speed}× real time; the first orders
  on the storefront are on its route. Ctrl+C stops.
`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    demo.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
}
