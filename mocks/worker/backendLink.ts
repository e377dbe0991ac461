/**
 * A tab's end of the backend worker: starts (or joins) the one SharedWorker of the panel, opens the
 * world, and sends requests to it as messages. Where a browser has no SharedWorker, a dedicated worker
 * serves this tab alone (the last tab opened then owns the stored world; the others are told to reload).
 */
import type { WorldSource } from '../db/worldSource';
import type { Channel, FromWorker, Opened, ToWorker, WireResponse } from './protocol';

export interface BackendLink {
  open(requested: WorldSource | null, onProgress: (text: string) => void): Promise<Opened>;
  send(request: Request): Promise<Response | null>;
  onChanged(listener: () => void): void;
  onRetired(listener: () => void): void;
}

function startWorker(onError: () => void): Channel {
  // Each `new URL(…)` written inside its constructor: that is the form Vite bundles as a worker.
  if (typeof SharedWorker === 'function') {
    const worker = new SharedWorker(new URL('./backendWorker.ts', import.meta.url), { type: 'module', name: 'iot-access-panel-backend' });
    worker.addEventListener('error', onError);
    worker.port.start();
    return worker.port;
  }
  const worker = new Worker(new URL('./backendWorker.ts', import.meta.url), { type: 'module', name: 'iot-access-panel-backend' });
  worker.addEventListener('error', onError);
  return worker;
}

const NO_BODY = new Set([101, 204, 205, 304]);

export function connectBackend(): BackendLink {
  const channel = startWorker(() => opening?.reject(new Error('The backend worker could not start.')));
  const waiting = new Map<number, (r: WireResponse | null) => void>();
  const changed = new Set<() => void>();
  const retired = new Set<() => void>();
  let opening: { resolve: (o: Opened) => void; reject: (e: Error) => void; progress: (t: string) => void } | null = null;
  let nextId = 1;
  const post = (m: ToWorker, transfer: Transferable[] = []) => channel.postMessage(m, transfer);

  channel.onmessage = (event: MessageEvent) => {
    const m = event.data as FromWorker;
    if (m.type === 'response') {
      waiting.get(m.id)?.(m.response);
      waiting.delete(m.id);
    } else if (m.type === 'progress') opening?.progress(m.text);
    else if (m.type === 'opened') opening?.resolve(m.opened);
    else if (m.type === 'failed') opening?.reject(new Error(m.message));
    else if (m.type === 'changed') changed.forEach((l) => l());
    else retired.forEach((l) => l());
  };

  return {
    open: (requested, onProgress) =>
      new Promise<Opened>((resolve, reject) => {
        opening = { resolve, reject, progress: onProgress };
        post({ type: 'open', requested });
      }),
    async send(request) {
      const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
      const id = nextId++;
      const answered = new Promise<WireResponse | null>((resolve) => waiting.set(id, resolve));
      post({ type: 'request', id, request: { method: request.method, url: request.url, headers: [...request.headers], body } }, body ? [body] : []);
      const wire = await answered;
      if (!wire) return null;
      return new Response(NO_BODY.has(wire.status) ? null : wire.body, { status: wire.status, statusText: wire.statusText, headers: wire.headers });
    },
    onChanged: (l) => void changed.add(l),
    onRetired: (l) => void retired.add(l),
  };
}
