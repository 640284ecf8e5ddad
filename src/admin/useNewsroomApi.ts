'use client'
import { useConfig } from '@payloadcms/ui'
import { useCallback } from 'react'

/** Payload's error body: `errors[0].message`, or for a validation error the field's own message. */
interface ErrorBody {
  errors?: { message?: string; data?: { errors?: { message?: string }[] } }[]
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

function messageOf(body: ErrorBody | null, status: number): string {
  const first = body?.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? `The server answered ${status}.`
}

/**
 * JSON requests to Payload's REST API as the signed-in user (the admin's cookie), from wherever the
 * app mounts it. Refusals throw an ApiError carrying the workflow's own message.
 */
export function useNewsroomApi() {
  const { config } = useConfig()
  const base = `${config.serverURL ?? ''}${config.routes.api}`
  return useCallback(
    async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
      const res = await fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        credentials: 'include',
        headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      const body = await res.json().catch(() => null)
      if (!res.ok) throw new ApiError(messageOf(body, res.status), res.status)
      return body as T
    },
    [base],
  )
}
