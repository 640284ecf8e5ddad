import { extractClaims, type Suggestion } from '../../src/extract/index.js'

/** The figure with the given phrase; fails when it is not found. */
function find(text: string, phrase: string): Suggestion {
  const all = extractClaims(text)
  const found = all.find((s) => s.text === phrase)
  if (!found) throw new Error(`"${phrase}" not found in ${JSON.stringify(all.map((s) => s.text))}`)
  return found
}

/** Source, relay and verb of a figure. */
function who(text: string, phrase: string): [string | null, string | null, string | null] {
  const s = find(text, phrase)
  return [s.source, s.via, s.attributionVerb]
}

describe('an outlet after "reported in"', () => {
  it('is the source of the clause before, whose figure is kept', () => {
    const text =
      'The refinery processes 90,000 barrels a day, reported in the energy weekly Petrolia.'
    expect(who(text, '90,000 barrels a day')).toEqual([
      'the energy weekly Petrolia',
      null,
      'reported',
    ])
  })

  it('reads "as reported in" the same way', () => {
    const text = 'Some 700 pupils stayed at home on Monday, as reported in the Harwick Echo.'
    expect(who(text, 'Some 700 pupils')).toEqual(['the Harwick Echo', null, 'reported'])
  })

  it('does not read a date after "reported in" as an outlet', () => {
    const text = 'Sales fell 8 percent, as reported in March.'
    expect(find(text, '8 percent').source).toBeNull()
  })
})

describe('an outlet whose name compromise reads as a verb', () => {
  it('closes the sentence: ", the New York Times reports"', () => {
    const text = 'Nearly 400 flights were cancelled, the New York Times reports.'
    expect(who(text, 'Nearly 400 flights')).toEqual(['the New York Times', null, 'reported'])
  })
})

describe('appositions', () => {
  it('take the name an apposition gives to a description', () => {
    const text = "The strike's organiser, the Federation of Dock Workers, put turnout at 9,000."
    expect(who(text, '9,000')).toEqual(['the Federation of Dock Workers', null, 'put'])
  })

  it('keep the name when the name comes first', () => {
    const text = 'Lena Ortiz, the federation’s spokeswoman, said 12 ports were shut.'
    expect(find(text, '12 ports').source).toBe('Lena Ortiz')
  })

  it('do not take a place for a name', () => {
    const text = 'Police in the capital, Lisbon, said 30 people were arrested.'
    expect(find(text, '30 people').source).not.toBe('Lisbon')
  })
})

describe('whole source noun phrases', () => {
  it('keep the words before a noun compromise tags as a verb', () => {
    const text = 'A Kenyan police commander said 11 suspects had been held.'
    expect(find(text, '11 suspects').source).toBe('A Kenyan police commander')
  })

  it('keep a misread word that opens the closing clause', () => {
    const text = 'About 60 buses were stopped, state television RTK reported.'
    expect(find(text, 'About 60 buses').source).toBe('state television RTK')
  })

  it('name the publisher of "an estimate by"', () => {
    const text = 'According to an estimate by the insurer Halvard Re, the storm cost $800 million.'
    expect(find(text, '$800 million').source).toBe('the insurer Halvard Re')
  })
})

describe('a quotation attributed after its end', () => {
  it('gives the figures of its first sentence to the cue after the closing mark', () => {
    const text =
      '"We have counted 46 empty villages along the coast. Nobody is coming back soon," Marta Keel told a briefing.'
    const found = find(text, '46 empty villages')
    expect([found.source, found.attributionVerb]).toEqual(['Marta Keel', 'told'])
  })

  it('leaves a figure unattributed when the quotation closes with no cue', () => {
    const text = '"About 60 boats left the harbour. Most came back." The storm passed.'
    expect(find(text, 'About 60 boats').source).toBeNull()
  })
})

describe('findings, forecasts and nested reports', () => {
  it('reads "official data show" at the end of a sentence, stored as "showed"', () => {
    const text = 'Rents rose 6 per cent in a year, official data show.'
    expect(who(text, '6 per cent')).toEqual(['official data', null, 'showed'])
  })

  it('attributes a forecast to forecasters, not "the number expected"', () => {
    expect(who('Economists expect growth of 2 percent this year.', '2 percent')).toEqual([
      'Economists',
      null,
      'expected',
    ])
    const text = 'Officials said 3,000 visitors came, twice the number expected.'
    expect(find(text, '3,000 visitors').source).toBe('Officials')
  })

  it('gives what "its staff" counted to the body that reports it', () => {
    const text = 'The agency said that its staff had counted 210 tents in the camp.'
    expect(who(text, '210 tents')).toEqual(['The agency', null, 'said'])
  })
})

describe('a closing "it"', () => {
  it('stands for the body that is its sentence’s subject', () => {
    const text =
      'The bank said it had reviewed 40 branches.\nThe utility plans to cut 300 jobs, it said.'
    expect(find(text, '300 jobs').source).toBe('The utility')
  })

  it('stands for the last speaker when the subject is no body', () => {
    const text = 'The ministry gave an update on Monday.\nThe death toll rose to 41, it said.'
    expect(find(text, '41').source).toBe('The ministry')
  })
})

describe('"citing"', () => {
  it('relays a cited source: the outlet is the relay', () => {
    const text = 'The broadcaster Kanal 9 said 27 miners were missing, citing rescue workers.'
    expect(who(text, '27 miners')).toEqual(['rescue workers', 'The broadcaster Kanal 9', 'said'])
  })

  it('does not take a reason for a source', () => {
    const text = 'Imports fell 7 percent, the customs office said, citing weaker demand from Asia.'
    expect(who(text, '7 percent')).toEqual(['the customs office', null, 'said'])
  })
})

describe('"and it noted"', () => {
  it('stands for the body that opens the sentence', () => {
    const text =
      'The ministry said fares would rise.\nThe regulator fined two airlines, and it noted that 14 flights a day were late.'
    expect(find(text, '14 flights').source).toBe('The regulator')
  })
})
