/** What replaces a name, a street or a message that was erased. */
export const ERASED = '(erased)'
