import net from 'node:net'

/**
 * A TCP proxy on a loopback port to `target`, which a test can cut (every open connection reset, new
 * ones refused, as when a database server goes away) and restore, without touching the server behind.
 */
export interface TcpProxy {
  port: number
  /** Resets every connection through the proxy and refuses new ones until `restore`. */
  cut: () => Promise<void>
  /** Listens again on the same port. */
  restore: () => Promise<void>
  close: () => Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>()
  const track = (socket: net.Socket) => {
    open.add(socket)
    socket.once('close', () => open.delete(socket))
    socket.on('error', () => socket.destroy())
  }
  const server = net.createServer((client) => {
    track(client)
    const upstream = net.connect(target)
    track(upstream)
    client.pipe(upstream).pipe(client)
    client.once('close', () => upstream.destroy())
    upstream.once('close', () => client.destroy())
  })
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) =>
      server.once('error', reject).listen(port, '127.0.0.1', () => {
        server.off('error', reject)
        resolve()
      }),
    )
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of open) socket.resetAndDestroy()
      server.close(() => resolve())
    })
  await listen(0)
  const { port } = server.address() as net.AddressInfo
  return {
    port,
    cut: stop,
    restore: () => listen(port),
    close: async () => {
      if (server.listening) await stop()
    },
  }
}
