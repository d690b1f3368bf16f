/** An OpenAPI request or response body of `application/json` with the given schema. */
export const jsonContent = <T>(schema: T) => ({ content: { 'application/json': { schema } } })
