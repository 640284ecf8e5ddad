import { lexicalParagraphs } from '../../demo/seed/lexical.js'
import type { TestNewsroom } from './newsroom.js'

type Id = number | string

/** What the public may know and what it must never learn, in one newsroom. */
export interface SecretNewsroom {
  story: { id: Id; slug: string }
  neverPublished: { id: Id }
  sources: { named: Id; police: Id; anonymous: Id }
  updates: { published: Id; inNeverPublished: Id; draft: Id }
  claims: { underRevision: Id; approved: Id; draft: Id; inNeverPublished: Id }
  /** Strings that must never reach anyone outside the newsroom. */
  secrets: string[]
}

export const ANONYMOUS_SOURCE = {
  name: 'Quartermaster Zephyrine Okonkwo',
  aliases: ['Zephyrine Q', 'the quartermaster of Sibi'],
  publicDescription: 'a security official',
  anonymityReason: 'Fears reprisal from the unit she serves in.',
  positionToKnow: 'Was at the Sibi station when the train was stopped.',
}

export const REVISION = {
  phrase: 'at least 977 hostages',
  statement: 'Unapproved revision: the quartermaster now counts 977 hostages.',
}

const ok = <T>(res: { status: number; body: T }, what: string): T => {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/**
 * Writes, through the API as the newsroom's own people: a published story and one never published;
 * a named source, another, and an anonymous one; published, draft and hidden updates; an approved claim
 * whose revision awaits approval, an approved one, a draft, and an approved one in the hidden story.
 */
export async function writeSecretNewsroom(n: TestNewsroom): Promise<SecretNewsroom> {
  const editor = n.as('editor')
  const reviewer = n.as('reviewer')
  const post = async (url: string, body: object, as = editor) =>
    (ok(await as.post(url, body), `POST ${url}`) as { doc: { id: Id } }).doc
  const story = await post('/api/stories', {
    title: 'Train hijacking',
    slug: 'train-hijacking',
    _status: 'published',
  })
  const neverPublished = await post('/api/stories', {
    title: 'Embargoed raid on a safe house',
    slug: 'embargoed-raid',
  })
  const named = await post('/api/sources', { name: 'Reuters', kind: 'wireAgency' })
  const police = await post('/api/sources', {
    name: 'Balochistan Provincial Police',
    kind: 'police',
    aliases: ['provincial police'],
  })
  const anonymous = await post('/api/sources', {
    ...ANONYMOUS_SOURCE,
    kind: 'military',
    anonymous: true,
  })
  const approve = async (id: Id) => {
    ok(await editor.post(`/api/claims/${id}/submit`), 'submit')
    ok(await reviewer.post(`/api/claims/${id}/approve`), 'approve')
  }
  const claim = async (data: object) => post('/api/claims', { kind: 'figure', ...data })

  const underRevision = await claim({
    story: story.id,
    statement: 'Security officials said at least 150 hostages were freed.',
    phrase: 'at least 150 hostages',
    metric: 'hostages-freed',
    source: anonymous.id,
    via: [named.id],
    verb: 'said',
  })
  await approve(underRevision.id)
  const published = await post('/api/updates', {
    story: story.id,
    headline: 'Hostages freed',
    _status: 'published',
    body: {
      root: {
        ...lexicalParagraphs('Officials spoke.').root,
        children: [
          {
            type: 'paragraph',
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 1,
            textFormat: 0,
            children: [
              {
                type: 'inlineBlock',
                version: 1,
                fields: { id: 'ref1', blockType: 'claimRef', claim: underRevision.id },
              },
            ],
          },
        ],
      },
    },
  })
  ok(
    await editor.patch(`/api/claims/${underRevision.id}`, {
      ...REVISION,
      update: published.id,
      source: police.id,
    }),
    'revise',
  )
  ok(await editor.post(`/api/claims/${underRevision.id}/submit`), 'resubmit')

  const approved = await claim({
    story: story.id,
    statement: 'A security official said 27 militants were killed, police relayed.',
    phrase: '27 militants',
    metric: 'militants-killed',
    // Approved with the anonymous source, so that paths like `source.name` and `via.name` have a target.
    source: anonymous.id,
    via: [police.id, anonymous.id],
  })
  await approve(approved.id)
  const draft = await claim({
    story: story.id,
    statement: 'Draft: 41 soldiers were wounded, unconfirmed.',
    phrase: '41 soldiers',
    source: anonymous.id,
  })
  const hiddenStoryUpdate = await post('/api/updates', {
    story: neverPublished.id,
    headline: 'Raiders reached the safe house at dawn',
    _status: 'published',
  })
  const draftUpdate = await post('/api/updates', {
    story: story.id,
    headline: 'Draft headline: rescue under way near Mashkaf',
  })
  const inNeverPublished = await claim({
    story: neverPublished.id,
    statement: 'Officers said 6 raiders entered the safe house.',
    phrase: '6 raiders',
    source: police.id,
  })
  await approve(inNeverPublished.id)

  return {
    story: { id: story.id, slug: 'train-hijacking' },
    neverPublished: { id: neverPublished.id },
    sources: { named: named.id, police: police.id, anonymous: anonymous.id },
    updates: {
      published: published.id,
      inNeverPublished: hiddenStoryUpdate.id,
      draft: draftUpdate.id,
    },
    claims: {
      underRevision: underRevision.id,
      approved: approved.id,
      draft: draft.id,
      inNeverPublished: inNeverPublished.id,
    },
    secrets: [
      ANONYMOUS_SOURCE.name,
      'Zephyrine',
      ...ANONYMOUS_SOURCE.aliases,
      ANONYMOUS_SOURCE.anonymityReason,
      ANONYMOUS_SOURCE.positionToKnow,
      REVISION.phrase,
      REVISION.statement,
      'Draft: 41 soldiers',
      'Embargoed raid',
      'Raiders reached the safe house',
      '6 raiders entered',
      'Draft headline: rescue',
    ],
  }
}
