import type { PushTranslation } from './push-strings.ts'

export const pushEn: PushTranslation = {
  status: {
    off:
      'Get a notification when your parcel is out for delivery, when the driver is a few stops ' +
      'away, if it’s running late, and when it’s delivered.',
    'turning-on': 'Turning notifications on…',
    on: 'Notifications on',
    'turning-off': 'Turning notifications off…',
    blocked: 'Notifications are blocked for this site in your browser settings.',
    'home-screen': 'Add this page to your Home Screen to get notifications.',
  },
  notifyMe: 'Notify me',
  turnOff: 'Turn off',
  problem: {
    option_disabled: 'This shop doesn’t send notifications.',
    validation_failed: 'Notifications can’t be turned on from this page.',
    change_not_allowed: 'This delivery already notifies as many devices as it can.',
    subscribe_failed: 'Your browser couldn’t turn on notifications. Please try again.',
    off_failed: 'We couldn’t turn off notifications. Please try again.',
    network_error: 'We couldn’t turn on notifications. Check your connection and try again.',
    other: 'We couldn’t turn on notifications just now. Please try again.',
  },
}
