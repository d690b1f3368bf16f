/** Postcodes compare without case or spaces: "sw1a 1aa" is "SW1A1AA". */
export const normalisePostcode = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase()
