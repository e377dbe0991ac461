/**
 * One request on its own connection (node:http, no keep-alive pool): an answer is read as soon as its
 * headers arrive, even while a large body is still being sent, and one request's connection never
 * carries the next (a server closing after a 413 cannot make the next request fail).
 */
import { request as httpRequest } from 'node:http';

export interface SentAnswer {
  status: number;
  contentType: string | null;
  text: string;
}

export function sendRequest(
  baseUrl: string,
  r: { method: string; target: string; headers: Record<string, string>; body: string | null },
  timeoutMs: number,
): Promise<SentAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const body = r.body === null ? null : Buffer.from(r.body);
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      method: r.method,
      path: r.target,
      agent: false,
      timeout: timeoutMs,
      headers: { ...r.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
    });
    req.on('socket', (socket) => socket.setNoDelay(true));
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'] ?? null, text: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    // Writing may fail once the server has answered and closed (a 413 mid-upload): the answer still counts.
    req.on('error', (error) => reject(error));
    req.end(body ?? undefined);
  });
}
