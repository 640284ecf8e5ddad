import { ValidationError } from 'payload'

import { classifyDatabaseError, DatabaseBusy } from '../../src/reliability/databaseErrors.js'

/** drizzle's error for a failed query: its own message, the driver's error as the cause. */
const failedQuery = (sql: string, driver: Error) =>
  Object.assign(new Error(`Failed query: ${sql}\nparams: `), { cause: driver })

describe('what a database failure means for the caller', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    [
      'a dropped connection under a query',
      failedQuery('select 1', new Error('Connection terminated unexpectedly')),
    ],
    [
      'PostgreSQL shutting down',
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
    ],
    // Payload's beginTransaction keeps only the message of drizzle's error, not the driver's cause.
    [
      'a BEGIN whose connection dropped, as Payload rethrows it',
      new Error(
        `Error: cannot begin transaction: ${failedQuery('begin', new Error('Connection terminated unexpectedly')).message}`,
      ),
    ],
  ])('%s: unavailable', (_what, err) => {
    expect(classifyDatabaseError(err)).toBe('unavailable')
  })

  it.each([
    ['a lock wait that ran out', Object.assign(new Error('lock timeout'), { code: '55P03' })],
    ['SQLite busy', new Error('SQLITE_BUSY: database is locked')],
    ['no transaction slot in time', new DatabaseBusy('no slot')],
  ])('%s: busy', (_what, err) => {
    expect(classifyDatabaseError(err)).toBe('busy')
  })

  it.each([
    ['a validation error', new ValidationError({ errors: [{ message: 'x', path: 'statement' }] })],
    [
      'a failed query that is not about the connection',
      failedQuery('select x', new Error('column "x" does not exist')),
    ],
    [
      'another cannot-begin message',
      new Error('Error: cannot begin transaction: drizzle is undefined'),
    ],
  ])('%s: not ours to classify', (_what, err) => {
    expect(classifyDatabaseError(err)).toBeNull()
  })
})
