/** A tiny static file server for the built app (dist/), on 127.0.0.1 and a free port. */
import { createReadStream, promises as fs } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import * as path from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * How the server answers about caching. "none" (tests): `no-store`, every load is a first load.
 * "like-a-host": what a host of the add-in would send — files named by their content hash
 * (`taskpane.1a2b3c4d.js`) may be kept for a year, anything else (the HTML, Microsoft's library) is
 * revalidated on every load and answered 304 when unchanged. A page opened again then uses the
 * browser's cache, compiled code included, as the pane does in Excel the second time it opens.
 */
export type Caching = "none" | "like-a-host";

const CONTENT_HASHED = /\.[0-9a-f]{8}(\.chunk)?\.(js|css)$/;

function cachingHeaders(caching: Caching, file: string, etag: string): Record<string, string> {
  if (caching === "none") return { "cache-control": "no-store" };
  if (CONTENT_HASHED.test(file)) return { "cache-control": "public, max-age=31536000, immutable" };
  return { "cache-control": "no-cache", etag };
}

export async function serveStatic(root: string, caching: Caching = "none"): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
      const file = path.resolve(
        base,
        "." + (pathname.endsWith("/") ? pathname + "index.html" : pathname)
      );
      if (!file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const stat = await fs.stat(file);
        if (!stat.isFile()) throw new Error("not a file");
        const etag = `"${stat.size}-${stat.mtimeMs}"`;
        const headers = cachingHeaders(caching, file, etag);
        if (headers.etag && req.headers["if-none-match"] === etag) {
          res.writeHead(304, headers).end();
          return;
        }
        res.writeHead(200, {
          "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
          "content-length": stat.size,
          ...headers,
        });
        createReadStream(file).pipe(res);
      } catch {
        res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
