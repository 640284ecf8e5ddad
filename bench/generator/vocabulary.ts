/**
 * The words a synthetic newsroom is made of: who reports, what they count, and how they phrase it.
 * Modelled on real coverage of developing stories (attacks, disasters, hostage crises).
 */
export interface SourceSeed {
  key: string
  name: string
  kind: string
  interestedParty?: boolean
  anonymous?: boolean
  publicDescription?: string
}

export const SOURCES: readonly SourceSeed[] = [
  { key: 'reuters', name: 'Reuters', kind: 'wireAgency' },
  { key: 'ap', name: 'Associated Press', kind: 'wireAgency' },
  { key: 'afp', name: 'Agence France-Presse', kind: 'wireAgency' },
  { key: 'dawn', name: 'Dawn', kind: 'newsOutlet' },
  { key: 'bbc', name: 'BBC News', kind: 'newsOutlet' },
  { key: 'local-tv', name: 'Provincial Television', kind: 'newsOutlet' },
  {
    key: 'interior-ministry',
    name: 'Interior Ministry',
    kind: 'government',
    interestedParty: true,
  },
  { key: 'health-ministry', name: 'Health Ministry', kind: 'government' },
  { key: 'army', name: 'Army press office', kind: 'military', interestedParty: true },
  { key: 'police', name: 'Provincial police', kind: 'police', interestedParty: true },
  { key: 'governor', name: 'Provincial governor', kind: 'official' },
  { key: 'hospital', name: 'District hospital', kind: 'official' },
  { key: 'militants', name: 'Liberation Front', kind: 'militantGroup', interestedParty: true },
  { key: 'opposition', name: 'Opposition alliance', kind: 'politicalParty', interestedParty: true },
  { key: 'red-crescent', name: 'Red Crescent', kind: 'ngo' },
  { key: 'msf', name: 'Medecins Sans Frontieres', kind: 'ngo' },
  { key: 'research-centre', name: 'Centre for Security Studies', kind: 'researchOrganisation' },
  { key: 'un-ocha', name: 'UN humanitarian office', kind: 'official' },
  { key: 'witness', name: 'Passenger who escaped', kind: 'eyewitness' },
  { key: 'resident', name: 'Local resident', kind: 'eyewitness' },
  { key: 'court-filing', name: 'Court filing', kind: 'document' },
  {
    key: 'militant-channel',
    name: 'Militant messaging channel',
    kind: 'socialMedia',
    interestedParty: true,
  },
  {
    key: 'security-source',
    name: 'Security official known to the desk',
    kind: 'military',
    interestedParty: true,
    anonymous: true,
    publicDescription: 'a security official',
  },
  {
    key: 'rescue-source',
    name: 'Rescue worker known to the desk',
    kind: 'other',
    anonymous: true,
    publicDescription: 'a rescue worker at the scene',
  },
]

/** Sources that relay what others said ("…, told Reuters"). */
export const RELAYS = ['reuters', 'ap', 'afp', 'dawn', 'bbc', 'local-tv'] as const

export interface MetricSeed {
  key: string
  noun: string
  /** Where the true figure starts, and how much it can grow over the story. */
  start: number
  growth: number
  money?: boolean
  percent?: boolean
}

export const METRICS: readonly MetricSeed[] = [
  { key: 'people-killed', noun: 'people', start: 12, growth: 20 },
  { key: 'people-injured', noun: 'people', start: 30, growth: 15 },
  { key: 'people-missing', noun: 'people', start: 40, growth: 3 },
  { key: 'hostages-held', noun: 'hostages', start: 214, growth: 1 },
  { key: 'hostages-rescued', noun: 'hostages', start: 20, growth: 8 },
  { key: 'passengers-on-train', noun: 'passengers', start: 425, growth: 1 },
  { key: 'militants-killed', noun: 'militants', start: 5, growth: 6 },
  { key: 'soldiers-killed', noun: 'soldiers', start: 3, growth: 10 },
  { key: 'people-displaced', noun: 'people', start: 1200, growth: 12 },
  { key: 'homes-destroyed', noun: 'homes', start: 80, growth: 9 },
  { key: 'aid-pledged', noun: 'USD', start: 2_000_000, growth: 25, money: true },
  { key: 'turnout', noun: 'percent', start: 41, growth: 1.4, percent: true },
]

/** Parts of a larger story a metric can be about ("people-killed-district-3"). */
export const AREAS = [
  'north',
  'south',
  'east',
  'west',
  'capital',
  'district-1',
  'district-2',
  'district-3',
] as const

export const VERBS = ['said', 'claimed', 'told', 'estimated', 'reported', 'accordingTo'] as const

export const STORY_TOPICS = [
  'train hijacking',
  'earthquake',
  'flood',
  'hostage crisis',
  'factory fire',
  'border clashes',
  'election violence',
  'bridge collapse',
] as const

export const PLACES = [
  'Balochistan',
  'Sindh',
  'Kashmir',
  'Khyber',
  'Punjab',
  'Gilgit',
  'Makran',
  'Bolan',
] as const

export const REJECTION_NOTES = [
  'The source did not say this; check the transcript.',
  'Two relays apart from the source: find the original.',
  'Figure conflicts with the wording of the update.',
] as const

export const RETRACTION_REASONS = [
  'The agency withdrew the report.',
  'The figure was misread from a table.',
  'The source has since denied saying it.',
] as const
