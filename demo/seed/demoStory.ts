import type { Claim, Source, Update } from '../../payload-types.js'

/**
 * The reference story as structured data, written in our own words: sources, updates and the claims a
 * careful editor would record from the coverage of the March 2025 Jaffar Express hijacking.
 */
export const DEMO_PASSWORD = 'newsroom-demo'

export const DEMO_USERS = [
  { key: 'admin', email: 'admin@newsroom.test', name: 'Ada Admin', roles: ['admin'] },
  { key: 'editor', email: 'editor@newsroom.test', name: 'Eddie Editor', roles: ['editor'] },
  { key: 'reviewer', email: 'reviewer@newsroom.test', name: 'Rita Reviewer', roles: ['reviewer'] },
] as const

export const DEMO_STORY = {
  title: 'Jaffar Express hijacking',
  slug: 'jaffar-express-hijacking',
  state: 'developing' as const,
  summary:
    'Separatist fighters stopped and seized a passenger train in Balochistan, Pakistan. Figures for passengers, hostages and casualties differ by source.',
  keyMetrics: [
    'passengers-on-train',
    'hostages-rescued',
    'people-held-hostage',
    'militants-killed',
  ],
}

type SourceKey = 'officials' | 'bla' | 'reuters' | 'anonSecurity' | 'crss' | 'analysts'

export const DEMO_SOURCES: Record<SourceKey, Omit<Source, 'id' | 'createdAt' | 'updatedAt'>> = {
  officials: {
    name: 'Pakistani security officials',
    kind: 'military',
    interestedParty: true,
    aliases: ['security officials', 'the military', 'security forces'],
  },
  bla: {
    name: 'Baloch Liberation Army',
    kind: 'militantGroup',
    interestedParty: true,
    aliases: ['BLA', 'the BLA', 'the group'],
  },
  reuters: { name: 'Reuters', kind: 'wireAgency', interestedParty: false },
  anonSecurity: {
    name: 'Security source known to the Reuters desk (identity withheld)',
    kind: 'military',
    interestedParty: true,
    anonymous: true,
    publicDescription: 'a security source',
    anonymityReason: 'Not authorised to speak to the media about an ongoing operation.',
    positionToKnow: 'Involved in the response to the attack and briefed on the train manifest.',
  },
  crss: {
    name: 'Centre for Research and Security Studies',
    kind: 'researchOrganisation',
    interestedParty: false,
    aliases: ['the Centre for Research and Security Studies in Islamabad', 'CRSS'],
  },
  analysts: {
    name: 'Pakistani officials and security analysts',
    kind: 'other',
    interestedParty: false,
    aliases: ['officials and analysts'],
  },
}

type UpdateKey = 'hijack' | 'claim' | 'rescue' | 'background'

type DemoUpdate = Pick<Update, 'headline' | 'kind' | 'keyEvent' | 'occurredAt'> & {
  paragraphs: string[]
}

export const DEMO_UPDATES: Record<UpdateKey, DemoUpdate> = {
  hijack: {
    headline: 'Insurgents stop and seize a passenger train in Balochistan',
    kind: 'development',
    keyEvent: true,
    occurredAt: '2025-03-11T09:00:00.000Z',
    paragraphs: [
      'Gunmen blew up a stretch of track in the Bolan area and took control of the Jaffar Express, bound from Quetta to Peshawar, near a tunnel.',
      'The train was carrying nearly 500 passengers when it was stopped.',
    ],
  },
  claim: {
    headline: 'BLA says it is behind the attack and is holding 214 people',
    kind: 'development',
    keyEvent: true,
    occurredAt: '2025-03-11T14:00:00.000Z',
    paragraphs: [
      'The Baloch Liberation Army said it carried out the attack and that it held 214 people, and claimed it had killed 30 soldiers.',
      'A security source told Reuters the train had 425 passengers on board.',
    ],
  },
  rescue: {
    headline: 'Security forces say at least 155 hostages freed overnight',
    kind: 'development',
    keyEvent: true,
    occurredAt: '2025-03-12T06:00:00.000Z',
    paragraphs: [
      'Security officials said an overnight operation freed at least 155 hostages and that 27 militants were killed.',
      'An earlier official count of more than 100 freed hostages has been replaced by this figure.',
    ],
  },
  background: {
    headline: 'Background: the insurgency in Balochistan',
    kind: 'editorsNote',
    keyEvent: false,
    occurredAt: '2025-03-12T10:00:00.000Z',
    paragraphs: [
      'The BLA, designated a terrorist group by Pakistan and the United States, has escalated its attacks over the past year.',
      'Researchers in Islamabad counted more than 1,600 people killed by the group last year.',
    ],
  },
}

export type DemoClaimState = 'approved' | 'pending' | 'rejected' | 'draft' | 'superseded'

export interface DemoClaim {
  key: string
  update: UpdateKey
  kind: 'figure' | 'statement' | 'quote'
  statement: string
  quote?: string
  phrase?: string
  metric?: string
  source?: SourceKey
  via?: SourceKey[]
  verb?: Claim['verb']
  attributedAt?: string
  state: DemoClaimState
  note?: string
  supersedes?: string
}

export const DEMO_CLAIMS: DemoClaim[] = [
  {
    key: 'passengers-nearly-500',
    update: 'hijack',
    kind: 'figure',
    statement: 'The train was carrying nearly 500 passengers when it was seized.',
    phrase: 'nearly 500 passengers',
    metric: 'passengers-on-train',
    verb: 'reported',
    attributedAt: '2025-03-11T09:30:00.000Z',
    state: 'approved',
  },
  {
    key: 'passengers-425',
    update: 'claim',
    kind: 'figure',
    statement: 'There were 425 passengers on the train when it was attacked.',
    phrase: '425 passengers',
    metric: 'passengers-on-train',
    source: 'anonSecurity',
    via: ['reuters'],
    verb: 'told',
    attributedAt: '2025-03-11T15:00:00.000Z',
    state: 'approved',
  },
  {
    key: 'held-214',
    update: 'claim',
    kind: 'figure',
    statement: 'The BLA says it is holding 214 people.',
    phrase: '214 people',
    metric: 'people-held-hostage',
    source: 'bla',
    verb: 'claimed',
    attributedAt: '2025-03-11T14:00:00.000Z',
    state: 'approved',
  },
  {
    key: 'soldiers-30',
    update: 'claim',
    kind: 'figure',
    statement: 'The BLA says it killed 30 soldiers.',
    phrase: '30 soldiers',
    metric: 'soldiers-killed',
    source: 'bla',
    verb: 'claimed',
    attributedAt: '2025-03-11T14:00:00.000Z',
    state: 'approved',
  },
  {
    key: 'rescued-100',
    update: 'rescue',
    kind: 'figure',
    statement: 'Security forces freed more than 100 hostages.',
    phrase: 'more than 100 hostages',
    metric: 'hostages-rescued',
    source: 'officials',
    verb: 'said',
    attributedAt: '2025-03-11T22:00:00.000Z',
    state: 'superseded',
  },
  {
    key: 'rescued-155',
    update: 'rescue',
    kind: 'figure',
    statement: 'The military rescued at least 155 hostages in an overnight operation.',
    phrase: 'at least 155 hostages',
    metric: 'hostages-rescued',
    source: 'officials',
    verb: 'said',
    attributedAt: '2025-03-12T06:00:00.000Z',
    state: 'approved',
    supersedes: 'rescued-100',
  },
  {
    key: 'militants-27',
    update: 'rescue',
    kind: 'figure',
    statement: 'The military killed 27 militants.',
    phrase: '27 militants',
    metric: 'militants-killed',
    source: 'officials',
    verb: 'said',
    attributedAt: '2025-03-12T06:00:00.000Z',
    state: 'approved',
  },
  {
    key: 'militants-27-wrong-source',
    update: 'rescue',
    kind: 'figure',
    statement: '27 militants were killed, Reuters reported.',
    phrase: '27 militants',
    metric: 'militants-killed',
    source: 'reuters',
    verb: 'reported',
    state: 'rejected',
    note: 'Wrong attribution: the count came from security officials, not from Reuters.',
  },
  {
    key: 'fighters-3000',
    update: 'background',
    kind: 'figure',
    statement: 'The BLA is estimated to have around 3,000 fighters.',
    phrase: 'around 3,000 fighters',
    metric: 'bla-fighters',
    source: 'analysts',
    verb: 'estimated',
    state: 'approved',
  },
  {
    key: 'killed-1600',
    update: 'background',
    kind: 'figure',
    statement: 'The BLA killed more than 1,600 people last year.',
    phrase: 'more than 1,600 people',
    metric: 'people-killed-last-year',
    source: 'crss',
    verb: 'said',
    state: 'approved',
  },
  {
    key: 'baloch-9m',
    update: 'background',
    kind: 'figure',
    statement: 'About nine million ethnic Baloch people live in the province.',
    phrase: 'nine million ethnic Baloch people',
    metric: 'baloch-population',
    state: 'approved',
  },
  {
    key: 'august-70',
    update: 'background',
    kind: 'figure',
    statement: 'A wave of BLA attacks last August killed about 70 people.',
    phrase: 'about 70 people',
    metric: 'people-killed-august-attacks',
    state: 'approved',
  },
  {
    key: 'musakhail-23',
    update: 'background',
    kind: 'figure',
    statement: 'Among them were 23 passengers shot after being pulled from vehicles in Musakhail.',
    phrase: '23 passengers',
    metric: 'passengers-shot-musakhail',
    state: 'approved',
  },
  {
    key: 'karachi-2',
    update: 'background',
    kind: 'figure',
    statement: 'An attack near Karachi airport claimed by the BLA killed two Chinese citizens.',
    phrase: 'two Chinese citizens',
    metric: 'chinese-citizens-killed-karachi',
    state: 'pending',
  },
  {
    key: 'cpec-50bn',
    update: 'background',
    kind: 'figure',
    statement: 'China has put over £50bn into the China Pakistan Economic Corridor.',
    phrase: 'over £50bn',
    metric: 'cpec-investment',
    state: 'pending',
  },
  {
    key: 'drone',
    update: 'claim',
    kind: 'statement',
    statement: 'The BLA says it shot down a military drone.',
    source: 'bla',
    verb: 'claimed',
    state: 'approved',
  },
  {
    key: 'prisoner-exchange',
    update: 'claim',
    kind: 'quote',
    statement: 'The BLA says it is ready to exchange prisoners.',
    quote: 'BLA is prepared for a prisoner exchange',
    source: 'bla',
    verb: 'said',
    state: 'approved',
  },
  {
    key: 'bombers',
    update: 'claim',
    kind: 'statement',
    statement: 'Militants placed suicide bombers next to some hostages.',
    source: 'reuters',
    verb: 'reported',
    state: 'pending',
  },
  {
    key: 'civilians-released',
    update: 'claim',
    kind: 'statement',
    statement: 'The BLA says it let civilian passengers go.',
    source: 'bla',
    verb: 'claimed',
    state: 'draft',
  },
]
