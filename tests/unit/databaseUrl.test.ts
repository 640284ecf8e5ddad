import { adapterFromUrl, databaseKind } from '../../demo/database/adapterFromUrl.js'

describe('DATABASE_URL', () => {
  it.each([
    [undefined, 'sqlite'],
    ['file:./data/other.db', 'sqlite'],
    ['postgres://u@localhost:5432/news', 'postgres'],
    ['postgresql://u@localhost/news', 'postgres'],
    ['mongodb://localhost:27017/news?replicaSet=rs0', 'mongodb'],
    ['mongodb+srv://cluster.example/news', 'mongodb'],
  ])('%s → %s', (url, kind) => {
    expect(databaseKind(url)).toBe(kind)
  })

  it('builds the matching Payload adapter without connecting', () => {
    expect(adapterFromUrl('file::memory:', '/tmp').name).toBe('sqlite')
    expect(adapterFromUrl('postgres://u@localhost/news', '/tmp').name).toBe('postgres')
    expect(adapterFromUrl('mongodb://localhost/news', '/tmp').name).toBe('mongoose')
  })

  it('refuses a URL it does not understand, saying what it takes', () => {
    expect(() => databaseKind('mysql://localhost/news')).toThrow(
      /file:<path>.*postgres:\/\/.*mongodb:\/\//,
    )
  })
})
