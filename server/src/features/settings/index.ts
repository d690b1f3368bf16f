/**
 * Settings: what each retailer lets its shoppers change and when, its brand colours, and how
 * long links and personal data are kept.
 */
export { settingsRoutes } from './settings-routes.ts'
export { getSettings, resolveSettings } from './tenant-settings.ts'
