// @ts-check
/**
 * Builds an element. Children given as strings become text nodes, never markup: whatever a
 * shopper typed is shown as the characters it is.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string>} [attributes]
 * @param {Array<Node | string>} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(tag, attributes = {}, ...children) {
  const made = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value)
  made.append(...children)
  return made
}

/**
 * The page's element with this id; the page is static, so a missing one is a bug to hear about.
 * @template {HTMLElement | SVGElement} [T=HTMLElement]
 * @param {string} id
 * @returns {T}
 */
export function byId(id) {
  const found = document.getElementById(id)
  if (!found) throw new Error(`#${id} is missing from the page`)
  return /** @type {T} */ (/** @type {unknown} */ (found))
}
