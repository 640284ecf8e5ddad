/**
 * Every word the plugin shows people, once: collection and field labels, field help, the review
 * panel's words, and the workflow's refusals. Payload's i18n serves them (`config.i18n.translations`
 * under the `newsroom` namespace; `req.t` on the server, `useTranslation` in the admin), in the
 * request's language: the admin's language preference (the `payload-lng` cookie) or Accept-Language.
 * Placeholders are Payload's `{{name}}`.
 *
 * English is complete. German is the second language; the keys it leaves to English are listed in
 * `ENGLISH_IN_GERMAN` (a test holds the two to each other), and any language an app supports that the
 * plugin does not ship reads English too (see newsroomI18n.ts).
 */

export const en = {
  // Collections
  claimSingular: 'Claim',
  claimPlural: 'Claims',
  storySingular: 'Story',
  storyPlural: 'Stories',
  updateSingular: 'Update',
  updatePlural: 'Updates',
  sourceSingular: 'Source',
  sourcePlural: 'Sources',
  groupNewsroom: 'Newsroom',

  // Claim fields
  fieldStory: 'Story',
  fieldUpdate: 'Update',
  fieldKind: 'Kind',
  fieldStatement: 'Statement',
  fieldQuote: 'Quote',
  fieldFigure: 'Figure',
  fieldPhrase: 'Phrase',
  fieldValue: 'Value',
  fieldLower: 'Lower',
  fieldUpper: 'Upper',
  fieldQualifier: 'Qualifier',
  fieldUnit: 'Unit',
  fieldVague: 'Vague',
  fieldMetric: 'Metric',
  fieldAttribution: 'Attribution',
  fieldSource: 'Source',
  fieldVia: 'Via',
  fieldVerb: 'Verb',
  fieldAttributedAt: 'Attributed At',
  fieldSupersedes: 'Supersedes',
  fieldEvidence: 'Evidence',
  fieldUrl: 'Url',
  fieldLabel: 'Label',
  fieldReviewState: 'Review State',
  fieldReviewNote: 'Review Note',
  fieldPublicState: 'Public State',
  fieldRetractionReason: 'Retraction Reason',
  fieldEndedAt: 'Retracted or superseded at',
  fieldCreatedBy: 'Created by',
  fieldLastEditedBy: 'Last edited by',
  fieldApprovedBy: 'Approved by',
  fieldApprovedAt: 'Approved At',
  fieldReviewHistory: 'Review History',
  fieldAction: 'Action',
  fieldFrom: 'From',
  fieldTo: 'To',
  fieldBy: 'By',
  fieldAt: 'At',
  fieldNote: 'Note',

  // Claim help
  helpUpdate: 'The update this claim first appeared in.',
  helpStatement:
    'What was reported, in words: "The military rescued at least 155 hostages." For a figure, leave it empty to use the phrase and its source.',
  helpQuote: 'The verbatim words, if quoted.',
  helpPhrase:
    'The figure as reported, e.g. "at least 155 hostages". Value, bounds, qualifier and unit are filled from it.',
  helpMetric: 'A key shared by claims about the same measure, e.g. "hostages-rescued".',
  helpVia: 'The relay chain, nearest first: "a security source, via Reuters".',
  helpSupersedes: 'An earlier claim this one replaces; approving this one marks it superseded.',

  // Story fields
  fieldTitle: 'Title',
  fieldSlug: 'Slug',
  fieldSummary: 'Summary',
  fieldState: 'State',
  fieldKeyMetrics: 'Key Metrics',
  helpSlug: 'Generated from the title when left empty.',
  helpKeyMetrics: 'Metric keys to feature, e.g. "hostages-rescued".',

  // Update fields
  fieldHeadline: 'Headline',
  fieldBody: 'Body',
  fieldOccurredAt: 'Occurred At',
  fieldPublishedAt: 'Published At',
  fieldEmbargoUntil: 'Embargo Until',
  fieldKeyEvent: 'Key Event',
  fieldPinned: 'Pinned',
  fieldAuthor: 'Author',
  claimRefSingular: 'Claim reference',
  claimRefPlural: 'Claim references',
  fieldClaim: 'Claim',
  helpEmbargoUntil:
    'Public nowhere before this time, even once published; claims that first appear in it wait too.',
  helpPinned: 'Shown at the top of the story, above newer updates.',

  // Source fields
  fieldName: 'Name',
  fieldPublicName: 'Public Name',
  fieldInterestedParty: 'Interested Party',
  fieldAliases: 'Aliases',
  fieldAnonymous: 'Anonymous',
  fieldPublicDescription: 'Public Description',
  fieldAnonymityReason: 'Anonymity Reason',
  fieldPositionToKnow: 'Position To Know',
  fieldIdentityKnownBy: 'Identity Known By',
  helpName: 'Who said it. For an anonymous source, its identity (never public).',
  helpPublicName:
    'What the public reads: the name, or the public description of an anonymous source.',
  helpInterestedParty:
    'A party to the events (a militant group, an army): its claims are shown as not independently verified.',
  helpAliases: 'Other names the text may use (staff only).',
  helpIdentityKnownBy: 'The editor who knows who this is. Visible to admins only.',

  // Validation
  invalidStatement: 'A claim needs a statement in words (a figure claim may give just its phrase).',
  invalidQuote: 'A quote claim needs the verbatim words.',
  invalidSlug: 'The slug must be lowercase words joined by hyphens, e.g. "train-hijacking".',
  anonymousNeedsDescription:
    'An anonymous source needs a public description, e.g. "a security official".',
  anonymousNeedsReason: 'An anonymous source needs the reason anonymity was granted.',
  anonymousNeedsPosition: 'An anonymous source needs why the source is in a position to know.',

  // The workflow's refusals
  refusedState: 'This claim is {{state}}; it cannot move to {{to}}.',
  refusedStateFor:
    'This claim is {{state}}; it cannot move to {{to}} ({{action}} needs a claim that is {{from}}).',
  refusedSupersede:
    'A claim becomes superseded only when a newer claim that supersedes it is approved.',
  refusedSignedOut: 'You must be signed in to {{action}} a claim.',
  refusedRole: 'Only {{roles}}s (or admins) can {{action}} a claim.',
  refusedFourEyesCreated:
    'Four-eyes rule: you created this claim, so another reviewer must approve it.',
  refusedFourEyesEdited:
    'Four-eyes rule: you edited this claim last, so another reviewer must approve it.',
  refusedRetractNote: 'A retraction needs a public reason in reviewNote.',
  refusedRejectNote: 'A rejection needs a note in reviewNote telling the editor why.',
  refusedSupersedeItself: 'A claim cannot supersede itself.',
  refusedNewState: 'A new claim starts as a draft (or pending, to submit it at once).',
  refusedEndedWords:
    'This claim is {{state}}; its words stay as they were. Write a new claim instead.',
  refusedReviewerEdit: 'Reviewers review claims; only editors change what a claim says.',
  refusedStale:
    'The claim changed since you read it (If-Match {{ifMatch}}, now "{{current}}"): read it again before you act.',
  refusedDelete:
    'A claim that was ever public is never deleted: retract it instead, so the correction stays visible.',
  refusedNoClaim: 'No claim with id "{{id}}".',
  refusedBodyJson: 'The request body must be JSON, e.g. {"note": "..."}, or empty.',
  refusedBodyObject: 'The request body must be a JSON object, e.g. {"note": "..."}.',
  refusedNoteString: '"note" must be a string.',
  actionDone: 'Claim {{id}}: {{action}} done.',

  // Review states, as the badge says them
  stateDraft: 'Draft',
  statePending: 'Pending review',
  stateApproved: 'Approved',
  stateRejected: 'Rejected',
  stateRetracted: 'Retracted',
  stateSuperseded: 'Superseded',
  stateUnderRevision: ' (approved version public)',

  // The review panel and its actions
  reviewHeading: 'Review',
  reviewActionsGroup: 'Review actions',
  reviewNoteRejected: 'Why it was rejected',
  reviewNoteLast: 'Last review note',
  reviewSaveFirst: 'Save the claim first; then submit it for review.',
  reviewSaveChanges: 'Save your changes before a review action.',
  actionSubmit: 'Submit for review',
  actionApprove: 'Approve',
  actionReject: 'Reject',
  actionRevise: 'Back to draft',
  actionRetract: 'Retract',
  doneSubmit: 'Submitted for review.',
  doneApprove: 'Approved: it is now public.',
  doneReject: 'Rejected: the editor sees your note.',
  doneRevise: 'Back to draft: edit it and submit it again.',
  doneRetract: 'Retracted: the public sees it as a correction with your reason.',
  pendingSubmit: 'Submitting…',
  pendingApprove: 'Approving…',
  pendingReject: 'Rejecting…',
  pendingRevise: 'Moving back to draft…',
  pendingRetract: 'Retracting…',
  noteReject: 'Why is it rejected? (the editor reads this)',
  noteRetract: 'Public reason for the retraction (readers see this)',
  noteMissing: '{{label}}: write it before you {{action}}.',
  withThisNote: '{{action}} with this note',
  cancel: 'Cancel',
} as const

export type NewsroomKey = keyof typeof en
export type NewsroomTranslations = Record<NewsroomKey, string>

/** German keys that read English on purpose: words German newsrooms use as they are. */
export const ENGLISH_IN_GERMAN = [
  'fieldUrl',
  'fieldLabel',
] as const satisfies readonly NewsroomKey[]

export const de: Omit<NewsroomTranslations, (typeof ENGLISH_IN_GERMAN)[number]> = {
  claimSingular: 'Behauptung',
  claimPlural: 'Behauptungen',
  storySingular: 'Geschichte',
  storyPlural: 'Geschichten',
  updateSingular: 'Meldung',
  updatePlural: 'Meldungen',
  sourceSingular: 'Quelle',
  sourcePlural: 'Quellen',
  groupNewsroom: 'Redaktion',

  fieldStory: 'Geschichte',
  fieldUpdate: 'Meldung',
  fieldKind: 'Art',
  fieldStatement: 'Aussage',
  fieldQuote: 'Zitat',
  fieldFigure: 'Zahl',
  fieldPhrase: 'Wortlaut',
  fieldValue: 'Wert',
  fieldLower: 'Untergrenze',
  fieldUpper: 'Obergrenze',
  fieldQualifier: 'Einschränkung',
  fieldUnit: 'Einheit',
  fieldVague: 'Vage',
  fieldMetric: 'Messgröße',
  fieldAttribution: 'Zuschreibung',
  fieldSource: 'Quelle',
  fieldVia: 'Über',
  fieldVerb: 'Verb',
  fieldAttributedAt: 'Zugeschrieben am',
  fieldSupersedes: 'Ersetzt',
  fieldEvidence: 'Belege',
  fieldReviewState: 'Prüfstatus',
  fieldReviewNote: 'Prüfnotiz',
  fieldPublicState: 'Öffentlicher Status',
  fieldRetractionReason: 'Grund der Rücknahme',
  fieldEndedAt: 'Zurückgenommen oder ersetzt am',
  fieldCreatedBy: 'Erstellt von',
  fieldLastEditedBy: 'Zuletzt bearbeitet von',
  fieldApprovedBy: 'Freigegeben von',
  fieldApprovedAt: 'Freigegeben am',
  fieldReviewHistory: 'Prüfverlauf',
  fieldAction: 'Aktion',
  fieldFrom: 'Von',
  fieldTo: 'Nach',
  fieldBy: 'Durch',
  fieldAt: 'Am',
  fieldNote: 'Notiz',

  helpUpdate: 'Die Meldung, in der diese Behauptung zuerst erschien.',
  helpStatement:
    'Was berichtet wurde, in Worten: „Das Militär befreite mindestens 155 Geiseln.“ Bei einer Zahl leer lassen, um Wortlaut und Quelle zu verwenden.',
  helpQuote: 'Die wörtlichen Worte, falls zitiert.',
  helpPhrase:
    'Die Zahl, wie berichtet, z. B. „mindestens 155 Geiseln“. Wert, Grenzen, Einschränkung und Einheit werden daraus gefüllt.',
  helpMetric: 'Ein Schlüssel für Behauptungen über dieselbe Größe, z. B. „hostages-rescued“.',
  helpVia: 'Die Übermittlungskette, nächste zuerst: „eine Sicherheitsquelle, über Reuters“.',
  helpSupersedes:
    'Eine frühere Behauptung, die diese ersetzt; mit der Freigabe gilt jene als ersetzt.',

  fieldTitle: 'Titel',
  fieldSlug: 'Kurzname',
  fieldSummary: 'Zusammenfassung',
  fieldState: 'Stand',
  fieldKeyMetrics: 'Wichtige Messgrößen',
  helpSlug: 'Wird aus dem Titel erzeugt, wenn leer.',
  helpKeyMetrics: 'Schlüssel der hervorzuhebenden Messgrößen, z. B. „hostages-rescued“.',

  fieldHeadline: 'Überschrift',
  fieldBody: 'Text',
  fieldOccurredAt: 'Geschehen am',
  fieldPublishedAt: 'Veröffentlicht am',
  fieldEmbargoUntil: 'Sperrfrist bis',
  fieldKeyEvent: 'Schlüsselereignis',
  fieldPinned: 'Angeheftet',
  fieldAuthor: 'Autor',
  claimRefSingular: 'Verweis auf eine Behauptung',
  claimRefPlural: 'Verweise auf Behauptungen',
  fieldClaim: 'Behauptung',
  helpEmbargoUntil:
    'Vor diesem Zeitpunkt nirgends öffentlich, auch wenn veröffentlicht; Behauptungen, die zuerst hier erscheinen, warten ebenfalls.',
  helpPinned: 'Oben in der Geschichte gezeigt, über neueren Meldungen.',

  fieldName: 'Name',
  fieldPublicName: 'Öffentlicher Name',
  fieldInterestedParty: 'Beteiligte Partei',
  fieldAliases: 'Andere Namen',
  fieldAnonymous: 'Anonym',
  fieldPublicDescription: 'Öffentliche Beschreibung',
  fieldAnonymityReason: 'Grund der Anonymität',
  fieldPositionToKnow: 'Warum die Quelle es wissen kann',
  fieldIdentityKnownBy: 'Identität bekannt bei',
  helpName: 'Wer es sagte. Bei einer anonymen Quelle ihre Identität (nie öffentlich).',
  helpPublicName:
    'Was die Öffentlichkeit liest: der Name oder die öffentliche Beschreibung einer anonymen Quelle.',
  helpInterestedParty:
    'Eine Partei des Geschehens (eine bewaffnete Gruppe, eine Armee): ihre Behauptungen gelten als nicht unabhängig bestätigt.',
  helpAliases: 'Andere Namen, die der Text verwenden kann (nur Redaktion).',
  helpIdentityKnownBy: 'Wer in der Redaktion weiß, wer das ist. Nur für Admins sichtbar.',

  invalidStatement:
    'Eine Behauptung braucht eine Aussage in Worten (bei einer Zahl genügt der Wortlaut).',
  invalidQuote: 'Ein Zitat braucht die wörtlichen Worte.',
  invalidSlug:
    'Der Kurzname muss aus kleingeschriebenen, mit Bindestrich verbundenen Wörtern bestehen, z. B. „train-hijacking“.',
  anonymousNeedsDescription:
    'Eine anonyme Quelle braucht eine öffentliche Beschreibung, z. B. „ein Sicherheitsbeamter“.',
  anonymousNeedsReason: 'Eine anonyme Quelle braucht den Grund, warum Anonymität gewährt wurde.',
  anonymousNeedsPosition: 'Eine anonyme Quelle braucht die Angabe, warum sie es wissen kann.',

  refusedState: 'Diese Behauptung ist {{state}}; sie kann nicht zu {{to}} wechseln.',
  refusedStateFor:
    'Diese Behauptung ist {{state}}; sie kann nicht zu {{to}} wechseln ({{action}} braucht eine Behauptung, die {{from}} ist).',
  refusedSupersede:
    'Eine Behauptung gilt nur dann als ersetzt, wenn eine neuere, die sie ersetzt, freigegeben wird.',
  refusedSignedOut: 'Sie müssen angemeldet sein, um eine Behauptung zu bearbeiten ({{action}}).',
  refusedRole: 'Nur {{roles}} (oder Admins) dürfen das tun ({{action}}).',
  refusedFourEyesCreated:
    'Vier-Augen-Prinzip: Sie haben diese Behauptung erstellt, also muss eine andere Person sie freigeben.',
  refusedFourEyesEdited:
    'Vier-Augen-Prinzip: Sie haben diese Behauptung zuletzt bearbeitet, also muss eine andere Person sie freigeben.',
  refusedRetractNote: 'Eine Rücknahme braucht eine öffentliche Begründung in reviewNote.',
  refusedRejectNote:
    'Eine Ablehnung braucht eine Notiz in reviewNote, die der Redaktion den Grund sagt.',
  refusedSupersedeItself: 'Eine Behauptung kann sich nicht selbst ersetzen.',
  refusedNewState:
    'Eine neue Behauptung beginnt als Entwurf (oder zur Prüfung, um sie sofort einzureichen).',
  refusedEndedWords:
    'Diese Behauptung ist {{state}}; ihr Wortlaut bleibt, wie er war. Schreiben Sie eine neue Behauptung.',
  refusedReviewerEdit:
    'Prüfer prüfen Behauptungen; nur Redakteure ändern, was eine Behauptung sagt.',
  refusedStale:
    'Die Behauptung hat sich geändert, seit Sie sie gelesen haben (If-Match {{ifMatch}}, jetzt „{{current}}“): lesen Sie sie erneut, bevor Sie handeln.',
  refusedDelete:
    'Eine Behauptung, die je öffentlich war, wird nie gelöscht: nehmen Sie sie zurück, damit die Korrektur sichtbar bleibt.',
  refusedNoClaim: 'Keine Behauptung mit der ID „{{id}}“.',
  refusedBodyJson: 'Der Inhalt der Anfrage muss JSON sein, z. B. {"note": "..."}, oder leer.',
  refusedBodyObject: 'Der Inhalt der Anfrage muss ein JSON-Objekt sein, z. B. {"note": "..."}.',
  refusedNoteString: '„note“ muss eine Zeichenkette sein.',
  actionDone: 'Behauptung {{id}}: {{action}} erledigt.',

  stateDraft: 'Entwurf',
  statePending: 'Zur Prüfung',
  stateApproved: 'Freigegeben',
  stateRejected: 'Abgelehnt',
  stateRetracted: 'Zurückgenommen',
  stateSuperseded: 'Ersetzt',
  stateUnderRevision: ' (freigegebene Fassung öffentlich)',

  reviewHeading: 'Prüfung',
  reviewActionsGroup: 'Prüfaktionen',
  reviewNoteRejected: 'Warum sie abgelehnt wurde',
  reviewNoteLast: 'Letzte Prüfnotiz',
  reviewSaveFirst: 'Speichern Sie die Behauptung zuerst; dann reichen Sie sie zur Prüfung ein.',
  reviewSaveChanges: 'Speichern Sie Ihre Änderungen vor einer Prüfaktion.',
  actionSubmit: 'Zur Prüfung einreichen',
  actionApprove: 'Freigeben',
  actionReject: 'Ablehnen',
  actionRevise: 'Zurück zum Entwurf',
  actionRetract: 'Zurücknehmen',
  doneSubmit: 'Zur Prüfung eingereicht.',
  doneApprove: 'Freigegeben: sie ist jetzt öffentlich.',
  doneReject: 'Abgelehnt: die Redaktion sieht Ihre Notiz.',
  doneRevise: 'Zurück zum Entwurf: bearbeiten und erneut einreichen.',
  doneRetract: 'Zurückgenommen: die Öffentlichkeit sieht eine Korrektur mit Ihrer Begründung.',
  pendingSubmit: 'Wird eingereicht…',
  pendingApprove: 'Wird freigegeben…',
  pendingReject: 'Wird abgelehnt…',
  pendingRevise: 'Zurück zum Entwurf…',
  pendingRetract: 'Wird zurückgenommen…',
  noteReject: 'Warum wird sie abgelehnt? (die Redaktion liest das)',
  noteRetract: 'Öffentliche Begründung der Rücknahme (die Leser sehen das)',
  noteMissing: '{{label}}: bitte zuerst ausfüllen ({{action}}).',
  withThisNote: '{{action}} mit dieser Notiz',
  cancel: 'Abbrechen',
}

/** The languages the plugin ships words for; any other reads English. */
export const NEWSROOM_TRANSLATIONS: Record<'en' | 'de', Partial<NewsroomTranslations>> = { en, de }
