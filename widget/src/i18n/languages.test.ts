import { expect, fixtureSync, html } from '@open-wc/testing'
import type { TrackingView } from '@porchlight/shared'
import '../index.ts'
import { loadLanguage, localize, plural } from './index.ts'
import { inTransitNewYork, liveEta, outForDeliveryLondon } from '../../test/fixtures/tracking-views.js'
import { expectNoAxeViolations } from '../../test/axe.ts'
import { freshToken, scriptTrack } from '../../test/mock-api.ts'
import { part, parts, readable, settled } from '../../test/tracker.ts'
import type { PorchlightTracker } from '../elements/porchlight-tracker/porchlight-tracker.ts'

/**
 * Out for delivery in Brooklyn, five stops away. The window is 19:00–21:00 UTC: 14:00–16:00 in
 * New York and 04:00–06:00 the next day in the browser's Tokyo, so a date or time read on the
 * wrong clock shows. The estimate is current; its times are masked as T below.
 */
const brooklyn: TrackingView = {
  ...inTransitNewYork,
  shipment: { ...inTransitNewYork.shipment, status: 'out_for_delivery' },
  eta: liveEta({ stopsAway: 5 }),
  driver: outForDeliveryLondon.driver,
}

interface Rendering {
  readonly dir: 'ltr' | 'rtl'
  readonly retailer: string
  readonly status: string
  /** The arrival line, its times masked as T. */
  readonly eta: string
  readonly window: string
  /** The oldest event, with the time it happened at the address. */
  readonly oldest: string
}

const expected: Readonly<Record<string, Rendering>> = {
  'en-GB': {
    dir: 'ltr',
    retailer: 'Your order from Hudson & Pine',
    status: 'Out for delivery',
    eta: 'Arriving T to T · 5 stops away',
    window: 'Delivery window Saturday 21 November, 14:00–16:00',
    oldest: 'Label created Thu 19 Nov, 09:30',
  },
  'fr-FR': {
    dir: 'ltr',
    retailer: 'Votre commande chez Hudson & Pine',
    status: 'En cours de livraison',
    eta: 'Arrivée prévue de T à T · 5 arrêts avant vous',
    window: 'Créneau de livraison samedi 21 novembre, 14:00 – 16:00',
    oldest: 'Étiquette créée jeu. 19 nov., 09:30',
  },
  'de-DE': {
    dir: 'ltr',
    retailer: 'Ihre Bestellung bei Hudson & Pine',
    status: 'In Zustellung',
    eta: 'Voraussichtliche Ankunft: T bis T · 5 Stopps entfernt',
    window: 'Lieferzeitfenster Samstag, 21. November, 14:00–16:00 Uhr',
    oldest: 'Versandlabel erstellt Do., 19. Nov., 09:30',
  },
  'es-ES': {
    dir: 'ltr',
    retailer: 'Tu pedido de Hudson & Pine',
    status: 'En reparto',
    eta: 'Llegada prevista de T a T · a 5 paradas de ti',
    window: 'Franja de entrega sábado, 21 de noviembre, 14:00–16:00',
    oldest: 'Etiqueta creada jue, 19 nov, 09:30',
  },
  'nl-NL': {
    dir: 'ltr',
    retailer: 'Je bestelling bij Hudson & Pine',
    status: 'Bezorger is onderweg',
    eta: 'Verwachte aankomst: T tot T · nog 5 stops',
    window: 'Bezorgtijdvak zaterdag 21 november, 14:00–16:00',
    oldest: 'Verzendlabel aangemaakt do 19 nov, 09:30',
  },
  'pl-PL': {
    dir: 'ltr',
    retailer: 'Twoje zamówienie ze sklepu Hudson & Pine',
    status: 'Wydana do doręczenia',
    eta: 'Przewidywane doręczenie od T do T · 5 przystanków przed Tobą',
    window: 'Termin doręczenia sobota, 21 listopada, 14:00–16:00',
    oldest: 'Utworzono etykietę czw., 19 lis, 09:30',
  },
  ar: {
    dir: 'rtl',
    retailer: 'طلبك من Hudson & Pine',
    status: 'خرجت للتوصيل',
    eta: 'الوصول المتوقع من T إلى T · على بُعد 5 محطات منك',
    window: 'موعد التوصيل السبت، 21 نوفمبر، 2:00–4:00 م',
    oldest: 'تم إنشاء ملصق الشحن الخميس، 19 نوفمبر، 9:30 ص',
  },
  'he-IL': {
    dir: 'rtl',
    retailer: 'ההזמנה שלך מ־Hudson & Pine',
    status: 'יצאה לחלוקה',
    eta: 'הגעה משוערת: T עד T · עוד 5 עצירות לפניך',
    window: 'חלון זמן למסירה יום שבת, 21 בנובמבר, 14:00–16:00',
    oldest: 'נוצרה תווית משלוח יום ה׳, 19 בנוב׳, 09:30',
  },
}

async function trackIn(locale: string, view: TrackingView = brooklyn) {
  const token = freshToken(`lang-${locale}`)
  await scriptTrack(token, [{ status: 200, body: view }])
  return settled(
    fixtureSync<PorchlightTracker>(
      html`<porchlight-tracker token=${token} locale=${locale}></porchlight-tracker>`,
    ),
  )
}

const frame = (tracker: PorchlightTracker) => tracker.shadowRoot?.querySelector('[lang]')

describe('one delivery in each language', () => {
  for (const [locale, want] of Object.entries(expected)) {
    it(`reads in ${locale}, dates and times on the address's clock`, async () => {
      const tracker = await trackIn(locale)
      expect(frame(tracker)?.getAttribute('lang')).to.equal(locale)
      expect(frame(tracker)?.getAttribute('dir')).to.equal(want.dir)
      const got: Rendering = {
        dir: want.dir,
        retailer: readable(tracker.shadowRoot?.querySelector<HTMLElement>('.retailer')),
        status: readable(part(tracker, 'status')),
        // Arabic's 12-hour clock marks morning and evening (ص, م) after the time.
        eta: readable(part(tracker, 'eta')).replace(/\d{1,2}:\d{2}(?: [صم](?= |$))?/g, 'T'),
        window: readable(part(tracker, 'window')).replace(/ (Delivering to|Adresse|Liefer|Dirección|Bezorgadres|Adres|عنوان|כתובת).*$/, ''),
        oldest: readable(parts(tracker, 'timeline-item').at(-1)),
      }
      expect(got).to.deep.equal(want)
      await expectNoAxeViolations(tracker, `a delivery on its way, in ${locale}`)
    })
  }

  it('picks the plural form each language needs', async () => {
    const stops = async (locale: string, count: number) => {
      await loadLanguage(locale)
      const l = localize(locale)
      return plural(l, l.t.driverStopsAway, count)
    }
    expect(await stops('pl-PL', 1)).to.equal('Kurier ma przed Tobą jeszcze 1 przystanek')
    expect(await stops('pl-PL', 3)).to.equal('Kurier ma przed Tobą jeszcze 3 przystanki')
    expect(await stops('pl-PL', 12)).to.equal('Kurier ma przed Tobą jeszcze 12 przystanków')
    expect(await stops('pl-PL', 22)).to.equal('Kurier ma przed Tobą jeszcze 22 przystanki')
    expect(await stops('ar', 2)).to.equal('مندوب التوصيل على بُعد محطتين منك')
    expect(await stops('ar', 11)).to.equal('مندوب التوصيل على بُعد 11 محطة منك')
    expect(await stops('fr-FR', 1)).to.equal('Votre livreur a encore 1 arrêt avant vous')
  })

  it('lays a right-to-left language out from the right', async () => {
    for (const [locale, side] of [['he-IL', 'right'], ['en-GB', 'left']] as const) {
      const tracker = await trackIn(locale)
      const heading = part(tracker, 'status')!
      const text = document.createRange()
      text.selectNodeContents(heading)
      const box = heading.getBoundingClientRect()
      const words = text.getBoundingClientRect()
      // The heading's words sit against the side the language starts from.
      expect(Math.abs(words[side] - box[side])).to.be.below(1, locale)
      const marker = getComputedStyle(parts(tracker, 'timeline-item')[0]!, '::before')
      expect(marker[side]).to.equal('0px', locale)
      // The shop's Latin name keeps its own direction, and the sentence's order, in Hebrew.
      const name = tracker.shadowRoot?.querySelector('.retailer bdi')
      expect(name?.textContent).to.equal('Hudson & Pine', locale)
      // The van comes from where the line starts, towards the door at its end.
      const strip = getComputedStyle(part(tracker, 'route-strip')!).transform
      expect(strip).to.equal(side === 'right' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none', locale)
    }
  })

  it('reads in English, dates too, for a language it has no strings for', async () => {
    const tracker = await trackIn('sw-KE')
    expect(frame(tracker)?.getAttribute('lang')).to.equal('en')
    expect(readable(part(tracker, 'status'))).to.equal('Out for delivery')
    expect(readable(part(tracker, 'window'))).to.contain('Saturday, November 21, 2:00')
  })

  it("follows the page's lang when the element names no locale", async () => {
    const token = freshToken('page-lang')
    await scriptTrack(token, [{ status: 200, body: brooklyn }])
    const page = fixtureSync(html`<section lang="nl-BE">
      <porchlight-tracker token=${token}></porchlight-tracker>
    </section>`)
    const tracker = await settled(page.querySelector('porchlight-tracker') as PorchlightTracker)
    expect(readable(part(tracker, 'status'))).to.equal(expected['nl-NL']?.status)
    expect(frame(tracker)?.getAttribute('lang')).to.equal('nl-BE')
  })
})
