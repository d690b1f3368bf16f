/**
 * Runs one of the test runner's built-in commands (`send-keys`, `emulate-media`, …) in the
 * browser that runs this test, and resolves with its result. This is what
 * `@web/test-runner-commands` does; that package is not a dependency of the widget, and its
 * browser half is only this message over the runner's web socket.
 */
export async function runCommand(command: string, payload: unknown): Promise<unknown> {
  const sessionId = new URL(location.href).searchParams.get('wtr-session-id')
  const socket = '/__web-dev-server__web-socket.js'
  const { sendMessageWaitForResponse } = (await import(socket)) as {
    sendMessageWaitForResponse: (
      message: unknown,
    ) => Promise<{ executed: boolean; result: unknown }>
  }
  const response = await sendMessageWaitForResponse({
    type: 'wtr-command',
    sessionId,
    command,
    payload,
  })
  if (!response.executed) {
    throw new Error(`the test runner did not run ${command} ${JSON.stringify(payload)}`)
  }
  return response.result
}

/** Emulates CSS media features for this page, as `emulateMedia` of the same package does. */
export async function emulateMedia(media: {
  readonly reducedMotion: 'reduce' | 'no-preference'
}): Promise<void> {
  await runCommand('emulate-media', media)
}
