import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a path serves: an HTML page, or a file with its content type (an image). */
export type WebResource = string | { body: Buffer; contentType: string };

/** A web site the test serves itself, on the loopback interface: path -> page or file. */
export interface WebSite {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** How many requests it has answered, to see that reading fetches nothing. */
  requestCount(): number;
  stop(): Promise<void>;
}

export async function serveWebSite(pages: Record<string, WebResource>): Promise<WebSite> {
  let count = 0;
  const server = createServer((request, response) => {
    count += 1;
    const page = pages[request.url ?? '/'];
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    if (typeof page === 'string') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    response.writeHead(200, { 'content-type': page.contentType }).end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requestCount: () => count,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A news page: the article in an <article>, with the site's navigation and footer around it. */
export function newsPage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title} | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}</article>
<footer>We use cookies. Accept</footer></body></html>`;
}
