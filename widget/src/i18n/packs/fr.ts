import type { LanguagePack } from '../language-pack.ts'

// French typography: a narrow no-break space, written \u202F, before : ? ! and ;
export const pack: LanguagePack = {
  dir: 'ltr',
  tracker: {
    lang: 'fr',
    status: {
      pending: 'Votre commande est enregistrée',
      label_created: 'Votre colis est en préparation',
      in_transit: 'En cours d’acheminement',
      out_for_delivery: 'En cours de livraison',
      delivered: 'Livré',
      failed_attempt: 'Nous n’avons pas pu vous livrer',
      ready_for_pickup: 'Prêt à être retiré',
      returned: 'Retourné à l’expéditeur',
      cancelled: 'Livraison annulée',
    },
    event: {
      label_created: 'Étiquette créée',
      in_transit: 'En cours d’acheminement',
      out_for_delivery: 'En cours de livraison',
      delivered: 'Livré',
      failed_attempt: 'Tentative de livraison',
      ready_for_pickup: 'Prêt à être retiré',
      returned: 'Retourné à l’expéditeur',
      cancelled: 'Annulé',
      delay: 'Retard',
    },
    orderFrom: (retailer) => `Votre commande chez ${retailer}`,
    promisedWindow: 'Créneau de livraison',
    timeRange: (start, end) => `de ${start} à ${end}`,
    arriving: (range) => `Arrivée prévue ${range}`,
    lastEstimate: (range) => `Dernière estimation\u202F: ${range}`,
    updatingEta: 'Mise à jour de l’heure d’arrivée…',
    stopsAway: {
      one: '# arrêt avant vous',
      many: '# arrêts avant vous',
      other: '# arrêts avant vous',
    },
    driverStopsAway: {
      one: 'Votre livreur a encore # arrêt avant vous',
      many: 'Votre livreur a encore # arrêts avant vous',
      other: 'Votre livreur a encore # arrêts avant vous',
    },
    driverNext: 'Vous êtes le prochain arrêt de votre livreur',
    driverNear: 'Votre livreur est à proximité',
    reconnecting: 'Reconnexion…',
    deliveringTo: 'Adresse de livraison',
    timeline: 'Historique de livraison',
    loading: 'Chargement de votre livraison…',
    noToken:
      'Aucun code de suivi n’a été fourni, il n’y a donc aucune livraison à afficher. ' +
      'Utilisez le lien reçu dans l’e-mail de votre commande.',
    notFound:
      'Nous n’avons pas trouvé cette livraison. Vérifiez le lien reçu dans l’e-mail de votre ' +
      'commande ou demandez-en un nouveau à la boutique.',
    loadFailed: 'Nous n’avons pas pu charger votre livraison pour le moment.',
    tryAgain: 'Réessayer',
    manage: 'Gérer ma livraison',
    panelUnavailable:
      'Cette fonction n’est pas disponible pour le moment. Veuillez réessayer plus tard.',
    collectFrom: 'Point de retrait',
    chat: 'Chat',
    unread: {
      one: '# message non lu',
      many: '# messages non lus',
      other: '# messages non lus',
    },
    author: { shopper: 'Vous', driver: 'Livreur', support: 'Service client' },
  },
  manage: {
    windows: 'Créneau de livraison',
    pickupPoints: 'Livraison en point de retrait',
    safePlace: 'Lieu de dépôt',
    accessNeeds: 'À la livraison',
    instructions: 'Instructions de livraison',
    loadingOptions: 'Chargement des options…',
    optionsFailed: 'Nous n’avons pas pu charger les options pour le moment.',
    noWindows: 'Aucun autre créneau n’est disponible.',
    noPickupPoints: 'Aucun point de retrait à proximité.',
    full: 'Complet',
    chosen: 'Sélectionné',
    place: {
      front_door: 'Porte d’entrée',
      back_door: 'Porte de derrière',
      porch: 'Sous le porche',
      garage: 'Garage',
      reception: 'Accueil ou gardien',
      neighbour: 'Chez un voisin',
      other: 'Autre endroit (précisez lequel dans la remarque)',
    },
    note: 'Remarque (facultatif)',
    instructionsText: 'Instructions pour le livreur',
    accessCode: 'Digicode ou code d’accès (facultatif)',
    characters: (count, max) => `${count} sur ${max} caractères`,
    save: 'Enregistrer',
    clear: 'Supprimer',
    need: {
      extra_time: 'J’ai besoin de plus de temps pour arriver à la porte',
      knock_dont_ring: 'Frapper, ne pas sonner',
      call_on_arrival: 'M’appeler à l’arrivée',
      hand_to_me_only: 'Pas de dépôt\u202F: remise en main propre uniquement',
    },
    pickupKind: { locker: 'Consigne automatique', shop: 'Commerçant' },
    openNow: 'Ouvert en ce moment',
    closedNow: 'Fermé en ce moment',
    homeInstead: 'Me faire plutôt livrer à mon adresse',
    problem: {
      window_full: 'Ce créneau est désormais complet. Veuillez en choisir un autre.',
      past_cutoff: 'Il est trop tard pour changer de créneau.',
      pickup_point_full: 'Ce point de retrait est désormais complet. Veuillez en choisir un autre.',
      change_not_allowed: 'Votre livraison ne peut plus être modifiée.',
      option_disabled: 'Cette option n’est pas disponible pour votre livraison.',
      validation_failed: 'Veuillez vérifier les informations saisies.',
      network_error:
        'Nous n’avons pas pu enregistrer votre modification. ' +
        'Vérifiez votre connexion et réessayez.',
      other:
        'Nous n’avons pas pu enregistrer votre modification pour le moment. ' +
        'Veuillez réessayer.',
    },
    invalid: (field, reason) => `${field}\u202F: ${reason}`,
    saved: (what) => `${what}\u202F: modification enregistrée`,
  },
  chat: {
    messages: 'Messages',
    empty:
      'Aucun message pour l’instant. Posez vos questions sur cette livraison à votre livreur ' +
      'ou à notre service client.',
    loading: 'Chargement de la conversation…',
    loadFailed: 'Nous n’avons pas pu charger la conversation pour le moment.',
    yourMessage: 'Votre message',
    characters: (count, max) => `${count} sur ${max} caractères`,
    send: 'Envoyer',
    sending: 'Envoi en cours…',
    read: 'Lu',
    quickRepliesLabel: 'Réponses rapides',
    quickReplies: ['Je suis chez moi', 'Laissez-le chez un voisin', 'Vous avez du retard\u202F?'],
    closed: 'Cette conversation est fermée.',
    closes: (when) => `Fermeture du chat\u202F: ${when}`,
    readOnly: 'Il n’est pas possible de répondre pour cette livraison.',
    tooFast: {
      one: 'Vous envoyez des messages trop rapidement. Réessayez dans # seconde.',
      many: 'Vous envoyez des messages trop rapidement. Réessayez dans # secondes.',
      other: 'Vous envoyez des messages trop rapidement. Réessayez dans # secondes.',
    },
    problem: {
      chat_closed: 'Votre message n’a pas été envoyé\u202F: cette conversation est fermée.',
      option_disabled:
        'Votre message n’a pas été envoyé\u202F: cette boutique ne reçoit pas de réponses ici.',
      validation_failed: 'Votre message n’a pas pu être envoyé. Vérifiez-le et réessayez.',
      network_error:
        'Nous n’avons pas pu envoyer votre message. Vérifiez votre connexion et réessayez.',
      other: 'Nous n’avons pas pu envoyer votre message pour le moment. Veuillez réessayer.',
    },
  },
  feedback: {
    heading: 'Comment s’est passée votre livraison\u202F?',
    rating: 'Votre note',
    stars: { one: '# étoile', many: '# étoiles', other: '# étoiles' },
    rated: (stars) => `Votre note\u202F: ${stars}`,
    tagsLegend: 'Qu’est-ce qui vous a marqué\u202F? (facultatif)',
    tag: {
      on_time: 'À l’heure',
      careful_driver: 'Livreur soigneux',
      friendly_driver: 'Livreur aimable',
      late: 'En retard',
      damaged: 'Arrivé endommagé',
      wrong_place: 'Déposé au mauvais endroit',
      not_received: 'Je ne l’ai pas reçu',
      left_unsafe: 'Déposé dans un endroit peu sûr',
      rude_driver: 'Livreur impoli',
    },
    comment: 'Autre chose à ajouter\u202F? (facultatif)',
    characters: (count, max) => `${count} sur ${max} caractères`,
    submit: 'Envoyer mon avis',
    cancel: 'Annuler',
    edit: 'Modifier',
    thanks: 'Merci pour votre avis.',
    editableUntil: (when) => `Vous pouvez modifier votre avis jusqu’au ${when}`,
    caseOpened: (retailer) => `Nous avons prévenu ${retailer}, qui va examiner la situation.`,
    problem: {
      feedback_not_open: 'Vous pourrez noter votre livraison une fois votre colis reçu.',
      feedback_frozen: 'Cet avis ne peut plus être modifié.',
      option_disabled: 'Il n’est pas possible de donner votre avis sur cette livraison.',
      validation_failed: 'Veuillez vérifier les informations saisies.',
      network_error:
        'Nous n’avons pas pu envoyer votre avis. Vérifiez votre connexion et réessayez.',
      other: 'Nous n’avons pas pu envoyer votre avis pour le moment. Veuillez réessayer.',
    },
  },
  push: {
    status: {
      off:
        'Recevez une notification quand votre colis est en cours de livraison, quand le ' +
        'livreur n’est plus qu’à quelques arrêts, en cas de retard et une fois le colis livré.',
      'turning-on': 'Activation des notifications…',
      on: 'Notifications activées',
      'turning-off': 'Désactivation des notifications…',
      blocked:
        'Les notifications sont bloquées pour ce site dans les paramètres de votre navigateur.',
      'home-screen':
        'Ajoutez cette page à votre écran d’accueil pour recevoir des notifications.',
    },
    notifyMe: 'Me prévenir',
    turnOff: 'Désactiver',
    problem: {
      option_disabled: 'Cette boutique n’envoie pas de notifications.',
      validation_failed: 'Les notifications ne peuvent pas être activées depuis cette page.',
      change_not_allowed:
        'Le nombre maximal d’appareils à prévenir pour cette livraison est déjà atteint.',
      subscribe_failed:
        'Votre navigateur n’a pas pu activer les notifications. Veuillez réessayer.',
      off_failed: 'Nous n’avons pas pu désactiver les notifications. Veuillez réessayer.',
      network_error:
        'Nous n’avons pas pu activer les notifications. Vérifiez votre connexion et réessayez.',
      other:
        'Nous n’avons pas pu activer les notifications pour le moment. Veuillez réessayer.',
    },
  },
  lookup: {
    heading: 'Retrouvez votre livraison',
    intro: 'Saisissez votre numéro de commande et le code postal de l’adresse de livraison.',
    field: { orderRef: 'Numéro de commande', postcode: 'Code postal' },
    invalid: {
      orderRef:
        'Saisissez le numéro de commande tel qu’il figure sur votre confirmation de commande.',
      postcode: 'Saisissez le code postal de l’adresse de livraison.',
    },
    submit: 'Retrouver ma livraison',
    searching: 'Recherche de votre livraison…',
    tooMany: {
      one: 'Trop de tentatives. Réessayez dans # minute.',
      many: 'Trop de tentatives. Réessayez dans # minutes.',
      other: 'Trop de tentatives. Réessayez dans # minutes.',
    },
    problem: {
      not_found:
        'Nous n’avons trouvé aucune livraison correspondant à ce numéro de commande ' +
        'et à ce code postal.',
      network_error:
        'Nous n’avons pas pu rechercher votre livraison. Vérifiez votre connexion et réessayez.',
      other:
        'Nous n’avons pas pu rechercher votre livraison pour le moment. Veuillez réessayer.',
    },
    again: 'Rechercher une autre livraison',
  },
}
