import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP server of a test's own, on 127.0.0.1: nothing a test reads comes from elsewhere. */
export interface LocalServer {
  /** Like http://127.0.0.1:40123, on a port the system chose. */
  origin: string;
  /** Ends open connections first: a request the server never answers would hold it open. */
  close(): Promise<void>;
}

export async function startLocalServer(handler: RequestListener): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
