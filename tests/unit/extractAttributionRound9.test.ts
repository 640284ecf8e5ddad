import { extractClaims, type Suggestion } from '../../src/extract/index.js'

/**
 * Attribution constructions behind blind round 9's first-run errors (#16), in our own words: each
 * case tests the construction, not a sentence of the round.
 */
function find(text: string, phrase: string): Suggestion {
  const all = extractClaims(text)
  const found = all.find((s) => s.text === phrase)
  if (!found) throw new Error(`"${phrase}" not found in ${JSON.stringify(all.map((s) => s.text))}`)
  return found
}

/** [construction, text, figure phrase, source, via, verb] */
const CASES: [string, string, string, string | null, string | null, string | null][] = [
  [
    'an apposition whose name carries its own description gives the name',
    'Sales of the new tractor rose 14 percent, its builder, the Dutch engineering group Vantor, said.',
    '14 percent',
    'the Dutch engineering group Vantor',
    null,
    'said',
  ],
  [
    '"according to the X, Name," gives the name',
    'According to the inspector, Joanna Brill, repairs cost $4 million.',
    '$4 million',
    'Joanna Brill',
    null,
    'according to',
  ],
  [
    'a later "The X said" is the name set beside that description',
    'According to the inspector, Joanna Brill, repairs cost $4 million.\n' +
      'The inspector said another 12 bridges were at risk.',
    '12 bridges',
    'Joanna Brill',
    null,
    'said',
  ],
  [
    '"wrote in" a named journal: the writers, relayed by the journal',
    'About 9% of the mice recovered, the authors wrote in the journal Rodent Medicine.',
    'About 9%',
    'the authors',
    'the journal Rodent Medicine',
    'wrote',
  ],
  [
    '"wrote" with an object is no cue',
    'The novelist wrote a letter to 40 publishers.',
    '40 publishers',
    null,
    null,
    null,
  ],
  ['"wrote to" is no cue', 'The head wrote to 120 parents.', '120 parents', null, null, null],
  ['"wrote that" reports', 'She wrote that 35 pupils had left.', '35 pupils', 'She', null, 'wrote'],
  [
    'the party cited after the verb is the source, the outlet the relay',
    'The ferry carried 310 passengers, the Harbour Courier reported, citing port papers.',
    '310 passengers',
    'port papers',
    'the Harbour Courier',
    'reported',
  ],
  [
    'any noun before the complement may head the cited party',
    'The deal is worth $30 million, the Valley Echo reported, citing three people close to the board.',
    '$30 million',
    'three people close to the board',
    'the Valley Echo',
    'reported',
  ],
  [
    'a document that "shows" is the source of its figures',
    "The quarry would cover 40 hectares, Marlow Stone's environmental filing shows.",
    '40 hectares',
    "Marlow Stone's environmental filing",
    null,
    'showed',
  ],
  [
    'a surname alone is the earlier full name of that person',
    'Defence counsel Peter Abara told the court his client had lost 20 percent.\n' +
      'Abara said the bank owed him 9,000 euros.',
    '9,000 euros',
    'Defence counsel Peter Abara',
    null,
    'said',
  ],
  [
    "a body's short name stays as written after its longer form",
    'Profits at the Danish brewer Holmgaard rose 8%, the brewer said.\n' +
      'Holmgaard said it would hire 150 staff.',
    '150 staff',
    'Holmgaard',
    null,
    'said',
  ],
  [
    '"the company" is a described name of its own sentence',
    'The software group Ostrel will spend $2 billion on a new plant, the company said.',
    '$2 billion',
    'The software group Ostrel',
    null,
    'said',
  ],
  [
    '"the company" keeps what it stood for over a business named only by alias',
    'The software group Ostrel will spend $2 billion on a plant, the company said.\n' +
      'Power will come from the utility Kessgrid, which said it could supply 90 megawatts.\n' +
      'The company said the plant would employ 600 people.',
    '600 people',
    'The software group Ostrel',
    null,
    'said',
  ],
  [
    '", adding that" reports added',
    'The charity said donations had fallen, adding that 75 shops had closed.',
    '75 shops',
    'The charity',
    null,
    'added',
  ],
  [
    '"added" with a figure as object is no cue',
    'According to the engineer, a new pump added about $3 million to the bill.',
    'about $3 million',
    'the engineer',
    null,
    'according to',
  ],
  [
    '"denied" with an object is no cue',
    'Her solicitor, Ravi Menon, said she denied the allegations and had repaid £40,000.',
    '£40,000',
    'Ravi Menon',
    null,
    'said',
  ],
  [
    'a participle describing a noun after the cue starts no clause',
    'The repair bill reached $7m, the county engineer said in a memo released on Friday.',
    '$7m',
    'the county engineer',
    null,
    'said',
  ],
  [
    '"has said" after "and" takes the subject, not a place read as a verb',
    'Lumora plans to sell the lamp in Canada and the United States next year, and has said it will cost under $90.',
    'under $90',
    'Lumora',
    null,
    'said',
  ],
  [
    'a lower-case noun-like verb after a name still reports',
    'The Daily Post reports 40 shops have shut.',
    '40 shops',
    'The Daily Post',
    null,
    'reported',
  ],
]

describe('round 9 attribution constructions', () => {
  it.each(CASES)('%s', (_name, text, phrase, source, via, verb) => {
    const s = find(text, phrase)
    expect([s.source, s.via, s.attributionVerb]).toEqual([source, via, verb])
  })

  it('keeps a count that opens a cited party inside it, as no figure', () => {
    const text =
      'The deal is worth $30 million, the Valley Echo reported, citing three people close to the board.'
    expect(extractClaims(text).map((s) => s.text)).toEqual(['$30 million'])
  })
})

describe('round 9 figures', () => {
  const figures = (text: string) => extractClaims(text).map((s) => [s.text, s.unit])

  it('keeps the counted noun after a qualifier when the tagger misreads it', () => {
    expect(figures('The festival hired upwards of 250 wardens and 90 stewards.')).toEqual([
      ['upwards of 250 wardens', 'wardens'],
      ['90 stewards', 'stewards'],
    ])
    expect(figures('Some 4,000 summer passes were sold.')).toEqual([
      ['Some 4,000 summer passes', 'passes'],
    ])
  })

  it('still reads a duration, and an adverb of direction is no counted noun', () => {
    expect(figures('The works lasted 10 years.')).toEqual([['10 years', 'y']])
    expect(figures('Prices moved 40 upwards.').map(([, unit]) => unit)).not.toContain('upwards')
  })

  it('reads no age as a figure: a bound on people, or an average age', () => {
    expect(figures('The study left out drivers over 75, the authors said.')).toEqual([])
    expect(figures('The members, whose median age is 64, paid £200 each.')).toEqual([
      ['£200', 'GBP'],
    ])
    // A count after the bound is still a figure.
    expect(figures('Residents over 300 metres from the plant were moved.')).toHaveLength(1)
  })

  it('keeps the time of a rate after a material of several words', () => {
    expect(figures('The mill grinds 8,000 tonnes of winter wheat a month.')).toEqual([
      ['8,000 tonnes of winter wheat a month', 't/month'],
    ])
  })

  it('reads a count glued to its unit noun by a hyphen, but no age, score or label', () => {
    expect(figures('The 9,500-bed camp opened, officials said.')).toEqual([['9,500-bed', 'bed']])
    expect(figures('A 250-page dossier was leaked.')).toEqual([['250-page', 'page']])
    expect(figures('A 19-year-old driver and 100-odd fans were there; it ended 3-1.')).toEqual([])
  })
})
