import { type LatLng, offsetKm } from './geo.ts'
import { type Random, createRandom } from './random.ts'

export type Address = LatLng & {
  id: string
  line1: string
  postcode: string
  city: string
  /** Stairs, entry codes and lifts make apartment deliveries slower and more variable. */
  apartment: boolean
}

export type Neighbourhood = LatLng & { name: string; postcode: string; addresses: Address[] }

export type Depot = LatLng & { id: string; name: string }

export type City = {
  name: string
  timeZone: string
  /**
   * The simulated days are in winter (CET, UTC+1) so one fixed offset is exact. The traffic
   * profile and the lunch hour are local; the ETA engine only ever sees UTC instants.
   */
  utcOffsetMinutes: number
  depots: Depot[]
  neighbourhoods: Neighbourhood[]
}

// Paris, roughly Châtelet.
const CENTRE: LatLng = { lat: 48.86, lng: 2.35 }

const STREETS = [
  'rue des Lilas', 'rue de la Roquette', 'avenue Parmentier', 'rue Oberkampf', 'rue de Charonne',
  'boulevard Voltaire', 'rue du Faubourg Saint-Denis', 'rue de Belleville', 'rue des Pyrénées',
  'rue de Vaugirard', 'rue de la Convention', 'avenue de Clichy', 'rue Caulaincourt', 'rue Lecourbe',
  'rue de Tolbiac', 'avenue d’Italie', 'rue Mouffetard', 'rue Saint-Maur', 'rue de Ménilmontant',
  'rue du Commerce', 'avenue Jean Jaurès', 'rue de Crimée', 'rue Marcadet', 'rue Championnet',
  'rue des Pommiers', 'allée des Tilleuls', 'rue Victor Hugo', 'avenue de la République',
]

const SUBURBS = [
  { name: 'Montreuil', postcode: '93100' }, { name: 'Vincennes', postcode: '94300' },
  { name: 'Ivry-sur-Seine', postcode: '94200' }, { name: 'Issy-les-Moulineaux', postcode: '92130' },
  { name: 'Boulogne-Billancourt', postcode: '92100' }, { name: 'Levallois-Perret', postcode: '92300' },
  { name: 'Saint-Ouen', postcode: '93400' }, { name: 'Pantin', postcode: '93500' },
  { name: 'Montrouge', postcode: '92120' }, { name: 'Charenton-le-Pont', postcode: '94220' },
]

const DEPOTS = [
  { name: 'Gennevilliers hub', northKm: 8.5, eastKm: -2.5 },
  { name: 'Rungis hub', northKm: -9, eastKm: 0.5 },
  { name: 'Bobigny hub', northKm: 4.5, eastKm: 7 },
]

function addressesAround(random: Random, area: Omit<Neighbourhood, 'addresses'>, spec: AreaSpec): Address[] {
  const addresses: Address[] = []
  for (let i = 0; i < spec.buildings; i += 1) {
    const point = offsetKm(area, random.normal(0, spec.radiusKm / 2), random.normal(0, spec.radiusKm / 2))
    addresses.push({
      ...point,
      id: `${area.postcode}-${i}`,
      line1: `${random.int(1, 180)} ${random.pick(STREETS)}`,
      postcode: area.postcode,
      city: spec.cityName,
      apartment: random.chance(spec.apartmentShare),
    })
  }
  return addresses
}

type AreaSpec = { radiusKm: number; apartmentShare: number; buildings: number; cityName: string }

/**
 * A Paris-like city: twenty dense inner arrondissements (mostly apartments), a ring of suburbs
 * (mostly houses) and three depots on the outskirts. Deterministic for a given seed.
 */
export function buildCity(seed: string | number = 'paris'): City {
  const random = createRandom(seed).fork('city')
  const neighbourhoods: Neighbourhood[] = []
  for (let i = 0; i < 20; i += 1) {
    // A spiral outwards from the centre, like the arrondissements.
    const angle = i * 2.4 + random.normal(0, 0.2)
    const radius = 0.6 + 0.2 * i + random.normal(0, 0.2)
    const centre = offsetKm(CENTRE, radius * Math.cos(angle), radius * Math.sin(angle) * 1.3)
    const area = { ...centre, name: `Paris ${i + 1}e`, postcode: `750${String(i + 1).padStart(2, '0')}` }
    const spec = { radiusKm: random.between(0.4, 0.7), apartmentShare: random.between(0.7, 0.9), buildings: 300, cityName: 'Paris' }
    neighbourhoods.push({ ...area, addresses: addressesAround(random, area, spec) })
  }
  for (const [i, suburb] of SUBURBS.entries()) {
    const angle = (i / SUBURBS.length) * 2 * Math.PI + random.normal(0, 0.15)
    const radius = random.between(5.5, 8)
    const centre = offsetKm(CENTRE, radius * Math.cos(angle), radius * Math.sin(angle))
    const area = { ...centre, name: suburb.name, postcode: suburb.postcode }
    const spec = { radiusKm: random.between(0.8, 1.2), apartmentShare: random.between(0.2, 0.4), buildings: 300, cityName: suburb.name }
    neighbourhoods.push({ ...area, addresses: addressesAround(random, area, spec) })
  }
  const depots = DEPOTS.map((depot, i) => ({ id: `depot-${i + 1}`, name: depot.name, ...offsetKm(CENTRE, depot.northKm, depot.eastKm) }))
  return { name: 'Paris', timeZone: 'Europe/Paris', utcOffsetMinutes: 60, depots, neighbourhoods }
}
