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
