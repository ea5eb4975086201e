import { createServer, type Server } from 'node:net';

/** The port a listening server got. */
function portOf(server: Server): number {
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

/** Listens (by default on a port the OS hands out on 127.0.0.1); resolves to the port, rejects if it is taken. */
export function listenOn(server: Server, port = 0, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(portOf(server)));
  });
}

/** A port the OS has just handed out on 127.0.0.1, for a child process to listen on. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listenOn(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
