/** Structured log lines; what goes in `data` must never be a shopper's words (see loggableError). */
export type Logger = {
  info(message: string, data?: Record<string, unknown>): void
  error(message: string, data?: Record<string, unknown>): void
}
