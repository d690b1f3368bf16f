import { runCommand } from './runner-command.ts'

/**
 * Presses keys as a person would (through the browser's input pipeline, so Tab moves focus and
 * Enter or Space activates a button), with the test runner's built-in `send-keys` command:
 * `press('Tab')`, or a combination held together, `press('Shift+Tab')`; `typeText('Hello')`.
 */
export async function press(keys: string): Promise<void> {
  const held = keys.split('+')
  const key = held.pop()!
  for (const modifier of held) await runCommand('send-keys', { down: modifier })
  await runCommand('send-keys', { press: key })
  for (const modifier of held.reverse()) await runCommand('send-keys', { up: modifier })
}

/** Types `text` into whatever has focus, a key at a time. */
export async function typeText(text: string): Promise<void> {
  await runCommand('send-keys', { type: text })
}
