import * as net from 'node:net';

export interface TcpRelay {
  /** `127.0.0.1:<port>`, to give a client instead of the target's address. */
  address: string;
  /** Drops every open connection and refuses new ones, as a network partition does to the client. */
  cut(): Promise<void>;
}

/**
 * A loopback relay to `target` (`host:port`): the client talks to the real server through it
 * until the test cuts it. What fails is the network, not the server: the client sees the
 * refusals it would see if the link went down.
 */
export async function tcpRelay(target: string): Promise<TcpRelay> {
  const colon = target.lastIndexOf(':');
  const host = target.slice(0, colon);
  const port = Number(target.slice(colon + 1));
  const open = new Set<net.Socket>();
  const keep = (socket: net.Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(port, host);
    keep(client);
    keep(upstream);
    // Either side failing ends the pair, as a dropped link would.
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let cutting: Promise<void> | undefined;
  return {
    address: `127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    cut() {
      cutting ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of open) socket.destroy();
      });
      return cutting;
    },
  };
}
