/**
 * Presses keys as a person would (through the browser's input pipeline, so Tab moves focus and
 * Enter or Space activates a button), with the test runner's built-in `send-keys` command:
 * `press('Tab')`, or a combination held together, `press('Shift+Tab')`; `typeText('Hello')`.
 * This is what `sendKeys` of `@web/test-runner-commands` does; that package is not a dependency
 * of the widget, and its browser half is only this message over the runner's web socket.
 */
export async function press(keys: string): Promise<void> {
  const held = keys.split('+')
  const key = held.pop()!
  for (const modifier of held) await sendKeys({ down: modifier })
  await sendKeys({ press: key })
  for (const modifier of held.reverse()) await sendKeys({ up: modifier })
}

/** Types `text` into whatever has focus, a key at a time. */
export async function typeText(text: string): Promise<void> {
  await sendKeys({ type: text })
}

async function sendKeys(
  payload: { press: string } | { down: string } | { up: string } | { type: string },
) {
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id')
  const socket = '/__web-dev-server__web-socket.js'
  const { sendMessageWaitForResponse } = (await import(socket)) as {
    sendMessageWaitForResponse: (message: unknown) => Promise<{ executed: boolean }>
  }
  const response = await sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command: 'send-keys',
    payload,
  })
  if (!response.executed) throw new Error(`the test runner did not send ${JSON.stringify(payload)}`)
}
