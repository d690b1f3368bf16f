import type { Translation } from './translation.ts'

export const en: Translation = {
  lang: 'en',
  status: {
    pending: 'We have your order',
    label_created: 'Your parcel is being prepared',
    in_transit: 'On its way',
    out_for_delivery: 'Out for delivery',
    delivered: 'Delivered',
    failed_attempt: 'We missed you',
    ready_for_pickup: 'Ready to collect',
    returned: 'Returned to the sender',
    cancelled: 'Delivery cancelled',
  },
  event: {
    label_created: 'Label created',
    in_transit: 'In transit',
    out_for_delivery: 'Out for delivery',
    delivered: 'Delivered',
    failed_attempt: 'Delivery attempted',
    ready_for_pickup: 'Ready to collect',
    returned: 'Returned',
    cancelled: 'Cancelled',
    delay: 'Running late',
  },
  orderFrom: (retailer) => `Your order from ${retailer}`,
  promisedWindow: 'Delivery window',
  timeRange: (start, end) => `${start} to ${end}`,
  arriving: (range) => `Arriving ${range}`,
  lastEstimate: (range) => `Last estimate ${range}`,
  updatingEta: 'Updating the arrival time…',
  stopsAway: { one: '# stop away', other: '# stops away' },
  driverStopsAway: { one: 'Driver is # stop away', other: 'Driver is # stops away' },
  driverNext: 'Driver is heading to you next',
  driverNear: 'Your driver is nearby',
  reconnecting: 'Reconnecting…',
  deliveringTo: 'Delivering to',
  timeline: 'Delivery history',
  loading: 'Loading your delivery…',
  noToken:
    'No tracking code was given, so there is no delivery to show. ' +
    'Use the link from your order e-mail.',
  notFound:
    'We couldn’t find this delivery. Check the link in your order e-mail, ' +
    'or ask the shop for a new one.',
  loadFailed: 'We couldn’t load your delivery just now.',
  tryAgain: 'Try again',
  manage: 'Manage delivery',
  manageUnavailable: 'Changes can’t be made just now. Please try again later.',
  collectFrom: 'Collect from',
}
