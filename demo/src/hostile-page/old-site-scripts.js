// What an old shop still ships in its <head>, before anything else runs.

// An ES5 polyfill, assigned rather than defined, so `includes` is now enumerable on every array
// and shows up in every `for…in` over one.
Array.prototype.includes = function (/** @type {unknown} */ search, /** @type {number} */ fromIndex) {
  var length = this.length >>> 0
  var i = Math.max(fromIndex | 0, 0)
  for (; i < length; i++) {
    var item = this[i]
    if (item === search || (item !== item && search !== search)) return true
  }
  return false
}

// Another, on strings.
String.prototype.startsWith = function (/** @type {string} */ search, /** @type {number} */ position) {
  var start = position > 0 ? position | 0 : 0
  return this.substring(start, start + String(search).length) === String(search)
}

// A jQuery-like `$` on the global object.
Object.assign(window, { $: Object.assign((/** @type {string} */ selector) => document.querySelectorAll(selector), { fn: {} }) })

// A reviews plugin that bundles its own copy of the tracker, imported with a cache-busting query:
// to the browser a second module, with its own classes, that also wants `porchlight-tracker`.
document.addEventListener('DOMContentLoaded', () => {
  const snippet = document.querySelector('script[src$="/widget.js"]')
  if (snippet instanceof HTMLScriptElement) import(`${snippet.src}?v=20190402`)
})
