describe('what the admin derives for a figure given only its phrase', () => {
  test('a default statement names the source before its verb', async () => {
    const { attributionWords, defaultFigureStatement } = await import('../../src/figures/index.js')
    expect(attributionWords({ source: 'a spokesman', verb: 'told', via: ['Reuters'] })).toBe(
      'a spokesman told Reuters',
    )
    expect(attributionWords({ source: 'the BLA', verb: 'claimed', via: ['Reuters'] })).toBe(
      'the BLA claimed, via Reuters',
    )
    expect(attributionWords({ source: 'a research centre', verb: 'according to' })).toBe(
      'according to a research centre',
    )
    expect(
      defaultFigureStatement({
        phrase: 'at least 155 hostages',
        source: 'officials',
        verb: 'said',
      }),
    ).toBe('At least 155 hostages, officials said.')
    expect(defaultFigureStatement({ phrase: 'nearly 500 passengers' })).toBe(
      'Nearly 500 passengers (unattributed).',
    )
  })

  test('the clause speaks the language it is given (German from the translations)', async () => {
    const { attributionWords, defaultFigureStatement } = await import('../../src/figures/index.js')
    const { de } = await import('../../src/i18n/translations.js')
    const german = ({ key, vars = {} }: { key: keyof typeof de; vars?: Record<string, unknown> }) =>
      de[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name]))
    expect(
      attributionWords({ source: 'ein Sprecher', verb: 'told', via: ['Reuters'] }, german),
    ).toBe('ein Sprecher sagte gegenüber Reuters')
    expect(attributionWords({ source: 'die BLA', verb: 'claimed', via: ['Reuters'] }, german)).toBe(
      'die BLA behauptete, über Reuters',
    )
    expect(defaultFigureStatement({ phrase: '500 Fahrgäste' }, german)).toBe(
      '500 Fahrgäste (ohne Quelle).',
    )
  })

  test('a metric is suggested from the statement, or else from the phrase’s unit', async () => {
    const { suggestMetric } = await import('../../src/extract/suggestMetric.js')
    expect(
      suggestMetric({
        phrase: 'at least 12 passengers',
        statement: 'At least 12 passengers were injured, officials said.',
      }),
    ).toBe('passengers-injured')
    expect(suggestMetric({ phrase: '425 passengers', statement: '' })).toBe('passengers')
    expect(suggestMetric({ phrase: '', statement: 'Trains were suspended.' })).toBeNull()
  })
})
