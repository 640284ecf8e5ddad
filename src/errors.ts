import { APIError } from 'payload'

/** A refused request: the caller's mistake, logged at info level (see the plugin's loggingLevels). */
export class NewsroomRefusal extends APIError {
  constructor(message: string, status: number) {
    super(message, status, undefined, true)
    this.name = 'NewsroomRefusal'
  }
}
