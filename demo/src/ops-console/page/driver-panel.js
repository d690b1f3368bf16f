// @ts-check
import { call } from './api.js'
import { byId } from './element.js'
import { poll } from './poll.js'

/** @typedef {ReturnType<import('../../live-van.ts').LiveVan['state']>} VanState */

/**
 * Demo controls for the simulated van, shown only when the demo runs one. They call the demo
 * process, not the API: the van reports what happens through the API as before.
 * @param {VanState | null} initial
 * @returns {{ routeId: () => string | null }}
 */
export function startDriverPanel(initial) {
  if (!initial) return { routeId: () => null }
  let van = initial
  const deliver = /** @type {HTMLButtonElement} */ (byId('deliver-next'))
  const pause = /** @type {HTMLButtonElement} */ (byId('pause-van'))
  const news = byId('van-news')

  const render = () => {
    const next = van.nextStop ? `next stop ${van.nextStop}, ${van.stopsLeft} to go` : 'heading back to the depot'
    byId('van-state').textContent = `${van.driver} on route ${van.routeId}: ${next}${van.paused ? ' (paused)' : ''}.`
    pause.textContent = van.paused ? 'Resume the van' : 'Pause the van'
    deliver.disabled = !van.nextStop
  }

  /** @param {HTMLButtonElement} button @param {() => Promise<string>} action */
  const onClick = (button, action) =>
    button.addEventListener('click', async () => {
      button.disabled = true
      try {
        news.textContent = await action()
      } catch (error) {
        news.textContent = `Not done: ${error instanceof Error ? error.message : String(error)}`
      } finally {
        button.disabled = false
        render()
      }
    })

  onClick(deliver, async () => {
    /** @type {{ delivered: string | null, van: VanState }} */
    const answer = await call('/demo/van/deliver-next', {})
    van = answer.van
    return answer.delivered ? `Delivered ${answer.delivered}.` : 'No stop left on this round.'
  })
  onClick(pause, async () => {
    van = await call(van.paused ? '/demo/van/resume' : '/demo/van/pause', {})
    return van.paused ? 'The van is paused.' : 'The van is moving again.'
  })

  byId('driver').hidden = false
  render()
  poll('van', 2000, async () => {
    /** @type {{ van: VanState }} */
    const demo = await call('/demo')
    van = demo.van
    render()
  })
  return { routeId: () => van.routeId }
}
