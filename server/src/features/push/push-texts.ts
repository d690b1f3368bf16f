import type { PushKind } from '@porchlight/shared'

export type PushFacts = {
  retailer: string
  /** The arrival window, already written in the shopper's language and zone. */
  window?: string | undefined
  stopsAway?: number | undefined
  author?: 'driver' | 'support' | undefined
  preview?: string | undefined
}

type Texts = {
  title: Record<PushKind, (f: PushFacts) => string>
  body: Record<PushKind, (f: PushFacts) => string>
}

const en: Texts = {
  title: {
    out_for_delivery: () => 'Out for delivery',
    stops_away: (f) => (f.stopsAway === 1 ? 'Your driver is 1 stop away' : `Your driver is ${f.stopsAway} stops away`),
    delay: () => 'Running late',
    delivered: () => 'Delivered',
    failed_attempt: () => 'We missed you',
    ready_for_pickup: () => 'Ready to collect',
    message: (f) => (f.author === 'driver' ? 'Message from your driver' : `Message from ${f.retailer}`),
  },
  body: {
    out_for_delivery: (f) => (f.window ? `Your ${f.retailer} parcel arrives ${f.window}.` : `Your ${f.retailer} parcel is on its way today.`),
    stops_away: (f) => (f.window ? `Arriving ${f.window}.` : 'Arriving soon.'),
    delay: (f) => `Your ${f.retailer} parcel now arrives ${f.window ?? 'later than planned'}. Sorry for the wait.`,
    delivered: (f) => `Your ${f.retailer} parcel has been delivered.`,
    failed_attempt: () => 'Tap to choose another delivery window.',
    ready_for_pickup: (f) => `Your ${f.retailer} parcel is waiting for you.`,
    message: (f) => f.preview ?? '',
  },
}

const fr: Texts = {
  title: {
    out_for_delivery: () => 'En cours de livraison',
    stops_away: (f) => (f.stopsAway === 1 ? 'Votre livreur est à 1 arrêt' : `Votre livreur est à ${f.stopsAway} arrêts`),
    delay: () => 'Livraison retardée',
    delivered: () => 'Livré',
    failed_attempt: () => 'Nous vous avons manqué',
    ready_for_pickup: () => 'Prêt à être retiré',
    message: (f) => (f.author === 'driver' ? 'Message de votre livreur' : `Message de ${f.retailer}`),
  },
  body: {
    out_for_delivery: (f) => (f.window ? `Votre colis ${f.retailer} arrive ${f.window}.` : `Votre colis ${f.retailer} arrive aujourd’hui.`),
    stops_away: (f) => (f.window ? `Arrivée ${f.window}.` : 'Arrivée imminente.'),
    delay: (f) => `Votre colis ${f.retailer} arrive désormais ${f.window ?? 'plus tard que prévu'}. Désolés pour l’attente.`,
    delivered: (f) => `Votre colis ${f.retailer} a été livré.`,
    failed_attempt: () => 'Touchez pour choisir un autre créneau.',
    ready_for_pickup: (f) => `Votre colis ${f.retailer} vous attend.`,
    message: (f) => f.preview ?? '',
  },
}

const de: Texts = {
  title: {
    out_for_delivery: () => 'In Zustellung',
    stops_away: (f) => (f.stopsAway === 1 ? 'Ihr Fahrer ist 1 Stopp entfernt' : `Ihr Fahrer ist ${f.stopsAway} Stopps entfernt`),
    delay: () => 'Verspätung',
    delivered: () => 'Zugestellt',
    failed_attempt: () => 'Wir haben Sie verpasst',
    ready_for_pickup: () => 'Abholbereit',
    message: (f) => (f.author === 'driver' ? 'Nachricht von Ihrem Fahrer' : `Nachricht von ${f.retailer}`),
  },
  body: {
    out_for_delivery: (f) => (f.window ? `Ihr Paket von ${f.retailer} kommt ${f.window}.` : `Ihr Paket von ${f.retailer} kommt heute.`),
    stops_away: (f) => (f.window ? `Ankunft ${f.window}.` : 'Ankunft in Kürze.'),
    delay: (f) => `Ihr Paket von ${f.retailer} kommt jetzt ${f.window ?? 'später als geplant'}. Entschuldigen Sie die Wartezeit.`,
    delivered: (f) => `Ihr Paket von ${f.retailer} wurde zugestellt.`,
    failed_attempt: () => 'Tippen Sie, um ein anderes Zeitfenster zu wählen.',
    ready_for_pickup: (f) => `Ihr Paket von ${f.retailer} wartet auf Sie.`,
    message: (f) => f.preview ?? '',
  },
}

const es: Texts = {
  title: {
    out_for_delivery: () => 'En reparto',
    stops_away: (f) => (f.stopsAway === 1 ? 'Tu repartidor está a 1 parada' : `Tu repartidor está a ${f.stopsAway} paradas`),
    delay: () => 'Con retraso',
    delivered: () => 'Entregado',
    failed_attempt: () => 'No te encontramos',
    ready_for_pickup: () => 'Listo para recoger',
    message: (f) => (f.author === 'driver' ? 'Mensaje de tu repartidor' : `Mensaje de ${f.retailer}`),
  },
  body: {
    out_for_delivery: (f) => (f.window ? `Tu paquete de ${f.retailer} llega ${f.window}.` : `Tu paquete de ${f.retailer} llega hoy.`),
    stops_away: (f) => (f.window ? `Llegada ${f.window}.` : 'Llegada en breve.'),
    delay: (f) => `Tu paquete de ${f.retailer} llega ahora ${f.window ?? 'más tarde de lo previsto'}. Perdona la espera.`,
    delivered: (f) => `Tu paquete de ${f.retailer} ha sido entregado.`,
    failed_attempt: () => 'Toca para elegir otra franja de entrega.',
    ready_for_pickup: (f) => `Tu paquete de ${f.retailer} te está esperando.`,
    message: (f) => f.preview ?? '',
  },
}

const TEXTS: Record<string, Texts> = { en, fr, de, es }

/** A notification's title and body in the shopper's language, English when we have none. */
export function pushText(kind: PushKind, locale: string | null, facts: PushFacts): { title: string; body: string } {
  const language = (locale ?? 'en').split('-')[0]!.toLowerCase()
  const texts = TEXTS[language] ?? en
  return { title: texts.title[kind](facts), body: texts.body[kind](facts) }
}
