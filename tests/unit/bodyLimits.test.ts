import { resolveOptions } from '../../src/options.js'
import {
  BodyTooDeep,
  BodyTooLarge,
  jsonTooDeep,
  limitBody,
} from '../../src/reliability/bodyLimits.js'

/** The body limits on a plain Web Request, as every route of the plugin applies them (see bodyLimits.ts). */
const request = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/sources', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit) as Request & { payload: never }

describe('request body limits', () => {
  const limits = { maxBodyBytes: 100, maxJsonDepth: 3 }

  it('default to 1 MiB and 100 levels, and refuse limits that are not positive integers', () => {
    expect(resolveOptions().requests).toEqual({ maxBodyBytes: 1024 * 1024, maxJsonDepth: 100 })
    expect(resolveOptions({ requests: { maxBodyBytes: 10 } }).requests.maxBodyBytes).toBe(10)
    expect(() => resolveOptions({ requests: { maxBodyBytes: 0 } })).toThrow(/maxBodyBytes/)
    expect(() => resolveOptions({ requests: { maxJsonDepth: 1.5 } })).toThrow(/maxJsonDepth/)
  })

  it('count nesting outside strings only', () => {
    expect(jsonTooDeep('[[[]]]', 3)).toBe(false)
    expect(jsonTooDeep('[[[[]]]]', 3)).toBe(true)
    expect(jsonTooDeep('{"a":"[[[[[[","b":{"c":[1]}}', 3)).toBe(false)
    expect(jsonTooDeep('{"a":"\\"[[[[","b":[[[[]]]]}', 3)).toBe(true)
  })

  it('hand every reader the same bytes, once read within the limit', async () => {
    const req = request('{"name":"x"}')
    await limitBody(req, limits)
    expect(await req.text()).toBe('{"name":"x"}')
    expect(await req.json()).toEqual({ name: 'x' })
    expect(await new Response(req.body).text()).toBe('{"name":"x"}')
  })

  it('refuse a body over the limit, declared or streamed, and JSON too deep', async () => {
    await expect(limitBody(request('x'.repeat(101)), limits)).rejects.toBeInstanceOf(BodyTooLarge)
    let pulled = 0
    const endless = new ReadableStream<Uint8Array>({
      pull: (c) => {
        pulled++
        c.enqueue(new Uint8Array(40))
      },
    })
    await expect(limitBody(request(endless), limits)).rejects.toThrow(/100 bytes.*maxBodyBytes/)
    expect(pulled).toBeLessThan(10)
    await expect(limitBody(request('[[[[1]]]]'), limits)).rejects.toBeInstanceOf(BodyTooDeep)
    // Not JSON: the depth of its text is not counted.
    await expect(
      limitBody(request('[[[[1]]]]', { 'Content-Type': 'text/plain' }), limits),
    ).resolves.toBeUndefined()
  })
})
