import { APIError, type PayloadRequest } from 'payload'

import { translate, type NewsroomMessage } from './i18n/translate.js'

/** A refused request: the caller's mistake, logged at info level (see the plugin's loggingLevels). */
export class NewsroomRefusal extends APIError {
  constructor(message: string, status: number) {
    super(message, status, undefined, true)
    this.name = 'NewsroomRefusal'
  }

  /** A refusal in the reader's language (see src/i18n/translations.ts). */
  static say(req: Pick<PayloadRequest, 't'>, words: NewsroomMessage, status: number) {
    return new NewsroomRefusal(translate(req.t, words), status)
  }
}
