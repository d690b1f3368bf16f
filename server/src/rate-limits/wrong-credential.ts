import type { Context } from 'hono'
import type { AppDeps } from '../deps.ts'
import type { ApiError } from '../errors/api-error.ts'
import { type BackoffRule, enforceBackoff, recordFailure } from './failure-backoff.ts'

/**
 * Wrong admin tokens, API keys and tracking links from one client address. Twenty is more than
 * a misconfigured integration or a shopper's stale links make in an hour; then every further
 * failure doubles the wait, from a second up to a quarter of an hour.
 */
export const WRONG_CREDENTIALS: BackoffRule = {
  name: 'wrong-credentials',
  free: 20,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
}

type Deps = Pick<AppDeps, 'db' | 'clock' | 'clientAddress'>

/** Refuses with 429 while this client waits out its failures (before a guessable secret is compared). */
export const waitOutWrongCredentials = (c: Context, deps: Deps) => enforceBackoff(deps.db, WRONG_CREDENTIALS, deps.clientAddress(c), deps.clock.now())

/**
 * A credential that opened nothing: 429 if the client is already waiting, else the failure is
 * counted and `refusal` (401, 404) thrown. Valid credentials never pass here, so a client that
 * others behind the same address made wait still gets in with a credential that works.
 */
export async function refuseWrongCredential(c: Context, deps: Deps, refusal: ApiError): Promise<never> {
  await waitOutWrongCredentials(c, deps)
  await recordFailure(deps.db, WRONG_CREDENTIALS, deps.clientAddress(c), deps.clock.now())
  throw refusal
}
