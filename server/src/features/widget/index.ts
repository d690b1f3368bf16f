/**
 * Widget: serves widget.js and its chunks, compressed, by alias and by pinned version, and
 * the manifest that says which version this server holds.
 */
export { widgetAssetRoutes } from './widget-asset.ts'
