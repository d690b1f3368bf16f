export type LatLng = { lat: number; lng: number }

export type CompletedRoute = {
  pings: Array<LatLng & { at: Date }>
  stops: Array<LatLng & { id: string; arrivedAt: Date; departedAt: Date }>
}

export type PredictInput = {
  now: Date
  /** The latest known position and when it was seen. */
  position: LatLng & { at: Date }
  /** Remaining stops, in order; `arrivedAt` set when the driver is at stops[0]. */
  stops: Array<LatLng & { id: string; arrivedAt?: Date }>
  /** This route today until now: its pings and the stops already done. */
  sofar?: CompletedRoute
}

export type ArrivalWindow = { id: string; expected: Date; earliest: Date; latest: Date }

/** Values of a distribution at increasing probability levels (0 and 1 are min and max). */
export type QuantileTable = { levels: number[]; values: number[] }

/** How a day's pace varies: log-ratio of actual to modelled time, between routes and within one. */
export type PaceSpread = { centre: number; betweenRoutes: number; withinRoute: number }

/**
 * What the engine learnt from completed routes. Plain numbers and arrays only: stored per tenant
 * as JSON and read back. Times of day are UTC, so one tenant's routes should share a time zone.
 */
export type EtaStats = {
  version: 2
  learnedFrom: { routes: number; legs: number; stops: number }
  travel: {
    /** Minutes a leg costs whatever its length: pulling out, parking, fetching the parcel. */
    fixedMinutes: number
    /**
     * Minutes per straight-line km, by UTC hour (24 entries). Straight-line, so the roads'
     * detours are absorbed into the rate rather than needing a road map.
     */
    minutesPerKm: number[]
    /** A leg's variance (minutes²) is varianceBase + varianceShare × its mean². */
    varianceBase: number
    varianceShare: number
  }
  service: {
    /**
     * Minutes from arriving at a stop to leaving it, in an average place. Heavy-tailed, hence
     * quantiles rather than a mean.
     */
    minutes: QuantileTable
    /** By cell of about 1 km: [stops seen, mean log-ratio to the average place]. */
    areas: { cells: Record<string, [number, number]> }
    /** A stop's variance (minutes²) is varianceBase + varianceShare × its typical minutes². */
    varianceBase: number
    varianceShare: number
  }
  dayPace: { travel: PaceSpread; service: PaceSpread }
  lunch: {
    /** Share of the routes still out at the usual lunchtime that had a break. */
    share: number
    /**
     * Start, minutes after UTC midnight, in a frame centred on the usual lunchtime (values may
     * fall outside 0..1440) so a break near midnight UTC does not wrap round.
     */
    start: QuantileTable
    minutes: QuantileTable
    /** A leg this much longer than modelled is a break, not traffic. */
    detectAfterMinutes: number
  }
  /**
   * Probability levels to read the modelled distribution at, by horizon, learnt by replaying the
   * history: where the model's raw quantiles were too narrow or too wide, these correct it.
   * Settled predictions (driver seen, no break that may or may not come first) and unsettled
   * ones miss in different ways, so each has its own.
   */
  calibration: { settled: CalibrationLevels; unsettled: CalibrationLevels }
}

export type CalibrationLevels = { horizonMinutes: number[]; earliest: number[]; expected: number[]; latest: number[] }
