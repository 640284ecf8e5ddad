import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import { lexicalParagraphs } from '../../../demo/seed/lexical.js'

type Id = number | string
// Array rows carry ids that Payload, not the database, makes.
const rowId = () => randomBytes(12).toString('hex')

/**
 * A published story with `claims` public claims (mostly approved, some retracted or superseded, some
 * relayed) and `updates` published updates, written straight through the database adapter with their
 * versions, as the workflow would have left them: fast enough to make thousands.
 */
export async function seedBulkStory(
  payload: Payload,
  { slug, claims, updates }: { slug: string; claims: number; updates: number },
): Promise<Id> {
  const db = payload.db
  // One transaction: PostgreSQL would otherwise commit (and sync) every insert on its own.
  const transactionID = await db.beginTransaction()
  const req = transactionID != null ? { transactionID } : undefined
  try {
    const story = await writeAll()
    if (transactionID != null) await db.commitTransaction(transactionID)
    return story
  } catch (err) {
    if (transactionID != null) await db.rollbackTransaction(transactionID)
    throw err
  }

  async function writeAll(): Promise<Id> {
    const at = (i: number) => new Date(Date.UTC(2025, 2, 11, 9, 0, i)).toISOString()
    const write = async (
      collection: CollectionSlug,
      data: Record<string, unknown>,
      status?: string,
    ) => {
      const doc = await db.create({
        collection,
        data: { ...data, createdAt: at(0), updatedAt: at(0) },
        req,
      })
      await db.createVersion({
        collectionSlug: collection,
        parent: doc.id,
        versionData: {
          ...data,
          ...(status ? { _status: status } : {}),
          createdAt: at(0),
          updatedAt: at(0),
        },
        createdAt: at(0),
        updatedAt: at(0),
        autosave: false,
        req,
      } as Parameters<typeof db.createVersion>[0])
      return doc.id as Id
    }

    const story = await write(
      'stories',
      {
        title: slug,
        slug,
        state: 'developing',
        keyMetrics: ['metric-0', 'metric-1'],
        _status: 'published',
      },
      'published',
    )
    const sources: Id[] = []
    for (let i = 0; i < 5; i++) {
      sources.push(
        (
          await db.create({
            collection: 'sources',
            data: {
              name: `Source ${i}`,
              kind: 'official',
              interestedParty: i % 2 === 0,
              anonymous: false,
            },
            req,
          })
        ).id as Id,
      )
    }
    for (let i = 0; i < updates; i++) {
      await write(
        'updates',
        {
          story,
          headline: `Update ${i}`,
          body: lexicalParagraphs(`Paragraph of update ${i}.`),
          kind: 'development',
          keyEvent: i % 10 === 0,
          occurredAt: at(i),
          publishedAt: at(i),
          _status: 'published',
        },
        'published',
      )
    }
    for (let i = 0; i < claims; i++) {
      const state = i % 10 === 8 ? 'retracted' : i % 10 === 9 ? 'superseded' : 'approved'
      const substance = {
        story,
        kind: 'figure',
        statement: `Claim ${i}`,
        phrase: `at least ${100 + i} people`,
        value: 100 + i,
        lower: 100 + i,
        qualifier: 'atLeast',
        unit: 'people',
        metric: `metric-${i % 7}`,
        source: sources[i % sources.length],
        via: i % 3 === 0 ? [sources[(i + 1) % sources.length]] : [],
        verb: 'said',
      }
      const history = [
        { id: rowId(), action: 'submit', from: 'draft', to: 'pending', at: at(i) },
        { id: rowId(), action: 'approve', from: 'pending', to: 'approved', at: at(i) },
        ...(state === 'approved'
          ? []
          : [
              {
                id: rowId(),
                action: state === 'retracted' ? 'retract' : 'supersede',
                from: 'approved',
                to: state,
                at: at(i + 1),
              },
            ]),
      ]
      await write('claims', {
        ...substance,
        reviewState: state,
        publicState: state,
        approvedAt: at(i),
        approvedVersion: { ...substance, approvedAt: at(i) },
        retractionReason: state === 'retracted' ? 'Wrong count.' : null,
        reviewHistory: history,
      })
    }
    return story
  }
}
