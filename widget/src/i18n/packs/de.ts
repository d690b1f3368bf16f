import type { LanguagePack } from '../language-pack.ts'

export const pack: LanguagePack = {
  dir: 'ltr',
  tracker: {
    lang: 'de',
    status: {
      pending: 'Ihre Bestellung ist eingegangen',
      label_created: 'Ihr Paket wird vorbereitet',
      in_transit: 'Unterwegs',
      out_for_delivery: 'In Zustellung',
      delivered: 'Zugestellt',
      failed_attempt: 'Wir haben Sie nicht angetroffen',
      ready_for_pickup: 'Bereit zur Abholung',
      returned: 'Zurück an den Absender',
      cancelled: 'Lieferung storniert',
    },
    event: {
      label_created: 'Versandlabel erstellt',
      in_transit: 'Unterwegs',
      out_for_delivery: 'In Zustellung',
      delivered: 'Zugestellt',
      failed_attempt: 'Zustellversuch',
      ready_for_pickup: 'Bereit zur Abholung',
      returned: 'Zurück an den Absender',
      cancelled: 'Storniert',
      delay: 'Verspätung',
    },
    orderFrom: (retailer) => `Ihre Bestellung bei ${retailer}`,
    promisedWindow: 'Lieferzeitfenster',
    timeRange: (start, end) => `${start} bis ${end}`,
    arriving: (range) => `Voraussichtliche Ankunft: ${range}`,
    lastEstimate: (range) => `Letzte Prognose: ${range}`,
    updatingEta: 'Ankunftszeit wird aktualisiert…',
    stopsAway: { one: '# Stopp entfernt', other: '# Stopps entfernt' },
    driverStopsAway: {
      one: 'Ihr Zusteller ist noch # Stopp entfernt',
      other: 'Ihr Zusteller ist noch # Stopps entfernt',
    },
    driverNext: 'Ihr Zusteller kommt als Nächstes zu Ihnen',
    driverNear: 'Ihr Zusteller ist in der Nähe',
    reconnecting: 'Verbindung wird wiederhergestellt…',
    deliveringTo: 'Lieferadresse',
    timeline: 'Sendungsverlauf',
    loading: 'Ihre Sendung wird geladen…',
    noToken:
      'Es wurde kein Tracking-Code angegeben, daher kann keine Sendung angezeigt werden. ' +
      'Bitte verwenden Sie den Link aus Ihrer Bestell-E-Mail.',
    notFound:
      'Wir konnten diese Sendung nicht finden. Bitte prüfen Sie den Link in Ihrer ' +
      'Bestell-E-Mail oder bitten Sie den Shop um einen neuen.',
    loadFailed: 'Ihre Sendung konnte gerade nicht geladen werden.',
    tryAgain: 'Erneut versuchen',
    manage: 'Lieferung verwalten',
    panelUnavailable:
      'Diese Funktion ist gerade nicht verfügbar. Bitte versuchen Sie es später erneut.',
    collectFrom: 'Abholort',
    chat: 'Chat',
    unread: { one: '# ungelesene Nachricht', other: '# ungelesene Nachrichten' },
    author: { shopper: 'Sie', driver: 'Zusteller', support: 'Kundenservice' },
  },
  manage: {
    windows: 'Lieferzeitfenster',
    pickupPoints: 'An einer Abholstelle abholen',
    safePlace: 'Ablageort',
    accessNeeds: 'Bei der Zustellung',
    instructions: 'Zustellhinweise',
    loadingOptions: 'Optionen werden geladen…',
    optionsFailed: 'Die Optionen konnten gerade nicht geladen werden.',
    noWindows: 'Es sind keine anderen Zeitfenster verfügbar.',
    noPickupPoints: 'In Ihrer Nähe gibt es keine Abholstellen.',
    full: 'Ausgebucht',
    chosen: 'Ausgewählt',
    place: {
      front_door: 'Haustür',
      back_door: 'Hintertür',
      porch: 'Vordach oder Veranda',
      garage: 'Garage',
      reception: 'Empfang oder Pförtner',
      neighbour: 'Bei Nachbarn',
      other: 'Anderer Ort (bitte im Hinweis angeben)',
    },
    note: 'Hinweis (optional)',
    instructionsText: 'Hinweise für den Zusteller',
    accessCode: 'Zugangscode (optional)',
    characters: (count, max) => `${count} von ${max} Zeichen`,
    save: 'Speichern',
    clear: 'Entfernen',
    need: {
      extra_time: 'Ich brauche etwas mehr Zeit bis zur Tür',
      knock_dont_ring: 'Bitte klopfen, nicht klingeln',
      call_on_arrival: 'Bei Ankunft bitte anrufen',
      hand_to_me_only: 'Kein Ablageort: nur persönlich an mich übergeben',
    },
    pickupKind: { locker: 'Paketstation', shop: 'Paketshop' },
    openNow: 'Jetzt geöffnet',
    closedNow: 'Jetzt geschlossen',
    homeInstead: 'Stattdessen an meine Adresse liefern',
    problem: {
      window_full: 'Dieses Zeitfenster ist gerade ausgebucht. Bitte wählen Sie ein anderes.',
      past_cutoff: 'Das Zeitfenster kann jetzt nicht mehr geändert werden.',
      pickup_point_full:
        'Diese Abholstelle ist gerade ausgelastet. Bitte wählen Sie eine andere.',
      change_not_allowed: 'Ihre Lieferung kann nicht mehr geändert werden.',
      option_disabled: 'Diese Option ist für Ihre Lieferung nicht verfügbar.',
      validation_failed: 'Bitte überprüfen Sie Ihre Eingaben.',
      network_error:
        'Ihre Änderung konnte nicht gespeichert werden. Bitte prüfen Sie Ihre ' +
        'Internetverbindung und versuchen Sie es erneut.',
      other:
        'Ihre Änderung konnte gerade nicht gespeichert werden. ' +
        'Bitte versuchen Sie es erneut.',
    },
    invalid: (field, reason) => `${field}: ${reason}`,
    saved: (what) => `${what}: gespeichert`,
  },
  chat: {
    messages: 'Nachrichten',
    empty:
      'Noch keine Nachrichten. Fragen Sie Ihren Zusteller oder unseren Kundenservice ' +
      'alles zu dieser Lieferung.',
    loading: 'Unterhaltung wird geladen…',
    loadFailed: 'Die Unterhaltung konnte gerade nicht geladen werden.',
    yourMessage: 'Ihre Nachricht',
    characters: (count, max) => `${count} von ${max} Zeichen`,
    send: 'Senden',
    sending: 'Wird gesendet…',
    read: 'Gelesen',
    quickRepliesLabel: 'Schnellantworten',
    quickReplies: ['Ich bin zu Hause', 'Bitte beim Nachbarn abgeben', 'Wird es später?'],
    closed: 'Diese Unterhaltung ist beendet.',
    closes: (when) => `Chat geöffnet bis ${when}`,
    readOnly: 'Für diese Lieferung sind keine Antworten möglich.',
    tooFast: {
      one: 'Sie senden Nachrichten zu schnell. Bitte versuchen Sie es in # Sekunde erneut.',
      other: 'Sie senden Nachrichten zu schnell. Bitte versuchen Sie es in # Sekunden erneut.',
    },
    problem: {
      chat_closed: 'Ihre Nachricht wurde nicht gesendet: Diese Unterhaltung ist beendet.',
      option_disabled:
        'Ihre Nachricht wurde nicht gesendet: Dieser Shop nimmt hier keine Antworten entgegen.',
      validation_failed:
        'Ihre Nachricht konnte nicht gesendet werden. Bitte prüfen Sie sie und ' +
        'versuchen Sie es erneut.',
      network_error:
        'Ihre Nachricht konnte nicht gesendet werden. Bitte prüfen Sie Ihre ' +
        'Internetverbindung und versuchen Sie es erneut.',
      other:
        'Ihre Nachricht konnte gerade nicht gesendet werden. Bitte versuchen Sie es erneut.',
    },
  },
  feedback: {
    heading: 'Wie war Ihre Lieferung?',
    rating: 'Ihre Bewertung',
    stars: { one: '# Stern', other: '# Sterne' },
    rated: (stars) => `Ihre Bewertung: ${stars}`,
    tagsLegend: 'Was ist Ihnen aufgefallen? (optional)',
    tag: {
      on_time: 'Pünktlich',
      careful_driver: 'Sorgfältiger Zusteller',
      friendly_driver: 'Freundlicher Zusteller',
      late: 'Verspätet',
      damaged: 'Beschädigt angekommen',
      wrong_place: 'Am falschen Ort abgelegt',
      not_received: 'Sendung nicht erhalten',
      left_unsafe: 'An einem unsicheren Ort abgelegt',
      rude_driver: 'Unhöflicher Zusteller',
    },
    comment: 'Sonst noch etwas? (optional)',
    characters: (count, max) => `${count} von ${max} Zeichen`,
    submit: 'Feedback senden',
    cancel: 'Abbrechen',
    edit: 'Bearbeiten',
    thanks: 'Vielen Dank für Ihr Feedback.',
    editableUntil: (when) => `Sie können Ihr Feedback bis ${when} ändern`,
    caseOpened: (retailer) => `Wir haben ${retailer} informiert. Der Shop kümmert sich darum.`,
    problem: {
      feedback_not_open: 'Sie können Ihre Lieferung bewerten, sobald sie angekommen ist.',
      feedback_frozen: 'Dieses Feedback kann nicht mehr geändert werden.',
      option_disabled: 'Für diese Lieferung ist kein Feedback möglich.',
      validation_failed: 'Bitte überprüfen Sie Ihre Eingaben.',
      network_error:
        'Ihr Feedback konnte nicht gesendet werden. Bitte prüfen Sie Ihre ' +
        'Internetverbindung und versuchen Sie es erneut.',
      other: 'Ihr Feedback konnte gerade nicht gesendet werden. Bitte versuchen Sie es erneut.',
    },
  },
  push: {
    status: {
      off:
        'Lassen Sie sich benachrichtigen, wenn Ihr Paket in Zustellung ist, wenn Ihr ' +
        'Zusteller nur noch wenige Stopps entfernt ist, bei Verspätung und wenn es ' +
        'zugestellt wurde.',
      'turning-on': 'Benachrichtigungen werden aktiviert…',
      on: 'Benachrichtigungen aktiviert',
      'turning-off': 'Benachrichtigungen werden deaktiviert…',
      blocked:
        'Benachrichtigungen sind für diese Website in Ihren Browsereinstellungen blockiert.',
      'home-screen':
        'Fügen Sie diese Seite zum Home-Bildschirm hinzu, um Benachrichtigungen zu erhalten.',
    },
    notifyMe: 'Benachrichtigungen aktivieren',
    turnOff: 'Deaktivieren',
    problem: {
      option_disabled: 'Dieser Shop versendet keine Benachrichtigungen.',
      validation_failed: 'Auf dieser Seite können keine Benachrichtigungen aktiviert werden.',
      change_not_allowed:
        'Für diese Lieferung ist bereits die maximale Anzahl an Geräten angemeldet.',
      subscribe_failed:
        'Ihr Browser konnte die Benachrichtigungen nicht aktivieren. ' +
        'Bitte versuchen Sie es erneut.',
      off_failed:
        'Die Benachrichtigungen konnten nicht deaktiviert werden. ' +
        'Bitte versuchen Sie es erneut.',
      network_error:
        'Die Benachrichtigungen konnten nicht aktiviert werden. Bitte prüfen Sie Ihre ' +
        'Internetverbindung und versuchen Sie es erneut.',
      other:
        'Die Benachrichtigungen konnten gerade nicht aktiviert werden. ' +
        'Bitte versuchen Sie es erneut.',
    },
  },
  lookup: {
    heading: 'Ihre Sendung finden',
    intro: 'Geben Sie Ihre Bestellnummer und die Postleitzahl der Lieferadresse ein.',
    field: { orderRef: 'Bestellnummer', postcode: 'Postleitzahl' },
    invalid: {
      orderRef: 'Geben Sie die Bestellnummer so ein, wie sie in Ihrer Bestellbestätigung steht.',
      postcode: 'Geben Sie die Postleitzahl der Lieferadresse ein.',
    },
    submit: 'Sendung finden',
    searching: 'Ihre Sendung wird gesucht…',
    tooMany: {
      one: 'Zu viele Versuche. Bitte versuchen Sie es in # Minute erneut.',
      other: 'Zu viele Versuche. Bitte versuchen Sie es in # Minuten erneut.',
    },
    problem: {
      not_found:
        'Wir konnten keine Sendung mit dieser Bestellnummer und Postleitzahl finden.',
      network_error:
        'Ihre Sendung konnte nicht gesucht werden. Bitte prüfen Sie Ihre ' +
        'Internetverbindung und versuchen Sie es erneut.',
      other:
        'Ihre Sendung konnte gerade nicht gesucht werden. Bitte versuchen Sie es erneut.',
    },
    again: 'Andere Sendung suchen',
  },
}
