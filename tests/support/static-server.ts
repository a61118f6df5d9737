import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import handler from 'serve-handler';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built site over HTTP on a free loopback port, the way
 * `docusaurus serve` does (serve-handler with clean URLs, so
 * `/blog/x` is answered by `blog/x.html`), with the site's 404 page.
 */
export async function serveDirectory(dir: string): Promise<RunningServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((req, res) => {
    void handler(req, res, {
      public: root,
      cleanUrls: true,
      trailingSlash: false,
      directoryListing: false,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
