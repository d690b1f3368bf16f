import { Problem } from '@porchlight/shared'

const DESCRIPTIONS = {
  400: 'Malformed JSON or invalid fields (`validation_failed`, `malformed_json`).',
  401: 'Missing or unknown credentials.',
  403: 'The retailer does not offer this (`option_disabled`).',
  404: 'No such resource for these credentials.',
  409: 'Conflicts with existing data.',
  413: 'Body over 64 KiB.',
  415: 'Body is not JSON.',
  422: 'Well-formed but not acceptable now.',
  429: 'Too many requests (`rate_limited`): wait `Retry-After` seconds.',
  503: 'The database is unavailable; retry after `Retry-After` seconds.',
} as const

/** OpenAPI entries for the problem+json answers a route can give. */
export function problemResponses(...statuses: Array<keyof typeof DESCRIPTIONS>) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: DESCRIPTIONS[status], content: { 'application/problem+json': { schema: Problem } } },
    ]),
  )
}
