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

const attribution = (text: string, phrase: string) => {
  const s = find(text, phrase)
  return [s.source, s.via, s.attributionVerb]
}

describe('round 9 attribution constructions', () => {
  it('takes the name of an apposition that carries its own description', () => {
    const text =
      'Sales of the new tractor rose 14 percent, its builder, the Dutch engineering group Vantor, said.'
    expect(attribution(text, '14 percent')).toEqual([
      'the Dutch engineering group Vantor',
      null,
      'said',
    ])
  })

  it('gives "according to" a description the name set beside it, and keeps it for later', () => {
    const text =
      'According to the inspector, Joanna Brill, repairs cost $4 million.\n' +
      'The inspector said another 12 bridges were at risk.'
    expect(attribution(text, '$4 million')).toEqual(['Joanna Brill', null, 'according to'])
    expect(attribution(text, '12 bridges')).toEqual(['Joanna Brill', null, 'said'])
  })

  it('reads "wrote in" a named journal as the writers relayed by it', () => {
    const text = 'About 9% of the mice recovered, the authors wrote in the journal Rodent Medicine.'
    expect(attribution(text, 'About 9%')).toEqual([
      'the authors',
      'the journal Rodent Medicine',
      'wrote',
    ])
  })

  it('does not read "wrote" with an object as a cue', () => {
    const text = 'The novelist wrote a letter to 40 publishers.'
    expect(find(text, '40 publishers').attributionVerb).toBeNull()
    expect(find('The head wrote to 120 parents.', '120 parents').attributionVerb).toBeNull()
    expect(attribution('She wrote that 35 pupils had left.', '35 pupils')).toEqual([
      'She',
      null,
      'wrote',
    ])
  })

  it('makes the party cited after the verb the source and the outlet the relay', () => {
    const text =
      'The ferry carried 310 passengers, the Harbour Courier reported, citing port papers.'
    expect(attribution(text, '310 passengers')).toEqual([
      'port papers',
      'the Harbour Courier',
      'reported',
    ])
  })

  it('keeps a count that opens a cited party inside it, and any noun may head that party', () => {
    const text =
      'The deal is worth $30 million, the Valley Echo reported, citing three people close to the board.'
    expect(extractClaims(text).map((s) => s.text)).toEqual(['$30 million'])
    expect(attribution(text, '$30 million')).toEqual([
      'three people close to the board',
      'the Valley Echo',
      'reported',
    ])
  })

  it('reads a document with "shows" as the source of its figures', () => {
    const text = "The quarry would cover 40 hectares, Marlow Stone's environmental filing shows."
    expect(attribution(text, '40 hectares')).toEqual([
      "Marlow Stone's environmental filing",
      null,
      'showed',
    ])
  })

  it('resolves a surname alone to the earlier full name of that person', () => {
    const text =
      'Defence counsel Peter Abara told the court his client had lost 20 percent.\n' +
      'Abara said the bank owed him 9,000 euros.'
    expect(attribution(text, '9,000 euros')).toEqual(['Defence counsel Peter Abara', null, 'said'])
  })

  it('leaves a short name of a body as written after its longer form', () => {
    const text =
      'Profits at the Danish brewer Holmgaard rose 8%, the brewer said.\n' +
      'Holmgaard said it would hire 150 staff.'
    expect(find(text, '150 staff').source).toBe('Holmgaard')
  })

  it('resolves "the company" to a described name of its own sentence', () => {
    const text = 'The software group Ostrel will spend $2 billion on a new plant, the company said.'
    expect(find(text, '$2 billion').source).toBe('The software group Ostrel')
  })

  it('keeps "the company" for the business it stood for, not another named only by alias', () => {
    const text =
      'The software group Ostrel will spend $2 billion on a plant, the company said.\n' +
      'Power will come from the utility Kessgrid, which said it could supply 90 megawatts.\n' +
      'The company said the plant would employ 600 people.'
    expect(find(text, '600 people').source).toBe('The software group Ostrel')
  })

  it('reports ", adding that" as added', () => {
    const text = 'The charity said donations had fallen, adding that 75 shops had closed.'
    expect(attribution(text, '75 shops')).toEqual(['The charity', null, 'added'])
  })

  it('does not read a verb of the clause as a cue: "added" with a figure, "denied" with an object', () => {
    const added = 'According to the engineer, a new pump added about $3 million to the bill.'
    expect(attribution(added, 'about $3 million')).toEqual(['the engineer', null, 'according to'])
    const denied =
      'Her solicitor, Ravi Menon, said she denied the allegations and had repaid £40,000.'
    expect(attribution(denied, '£40,000')).toEqual(['Ravi Menon', null, 'said'])
  })

  it('closes with a cue followed by a participle describing a noun', () => {
    const text =
      'The repair bill reached $7m, the county engineer said in a memo released on Friday.'
    expect(attribution(text, '$7m')).toEqual(['the county engineer', null, 'said'])
  })

  it('gives "has said" after "and" the subject named earlier, not a place read as a verb', () => {
    const text =
      'Lumora plans to sell the lamp in Canada and the United States next year, and has said it will cost under $90.'
    expect(find(text, 'under $90').source).toBe('Lumora')
    // A lower-case noun-like verb after a name still reports: "the Daily Post reports 40…".
    const reports = attribution('The Daily Post reports 40 shops have shut.', '40 shops')
    expect(reports).toEqual(['The Daily Post', null, 'reported'])
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

  it('reads a count glued to its unit noun by a hyphen, but no age, score or label', () => {
    expect(figures('The 9,500-bed camp opened, officials said.')).toEqual([['9,500-bed', 'bed']])
    expect(figures('A 250-page dossier was leaked.')).toEqual([['250-page', 'page']])
    expect(figures('A 19-year-old driver and 100-odd fans were there; it ended 3-1.')).toEqual([])
  })
})
