/**
 * The mock backend as one worker for every tab of the panel (a SharedWorker; a dedicated worker where a
 * browser has none): it owns the world, runs the handlers one request at a time (a write commits, and is
 * journalled, before the next request runs), and tells the other tabs when the world changed. The page
 * only renders: a heavy answer no longer blocks it.
 */
import './workerGlobals';
import { getResponse } from 'msw';
import { installKeptShelf, installStore } from '../db/backend';
import { PERSONAS } from '../db/demo/personas';
import { largePersonas } from '../db/largePersonas';
import { idbShelf, keepAside } from '../db/keptIdb';
import { loadState, setAsideNotice, worldName } from '../db/loadStored';
import { attachPersistence } from '../db/persistIndexedDb';
import { buildState, holdsChanges, sourceOf } from '../db/replay';
import { Store } from '../db/store';
import { sameSource } from '../db/worldSource';
import type { WorldSource } from '../db/worldSource';
import { handlers } from '../handlers';
import { apiRoots } from '../http/edgeGuard';
import { fail } from '../http/respond';
import type { Channel, FromWorker, KeptFile, Opened, ToWorker, WireRequest, WireResponse } from './protocol';

const LOCK = 'iot-access-panel-backend';

const channels = new Set<Channel>();
let store: Store | null = null;
/** True once another backend took over the stored world: this one answers nothing more. */
let retired = false;
/**
 * Requests and opens run one after another, in the order they came. A request gives its turn up once
 * it has decided and changed what it will (it waits for the disk then): the next one sees its change,
 * and its own answer still waits for that change to be stored.
 */
let queue: Promise<unknown> = Promise.resolve();
let releaseTurn: (() => void) | null = null;

const post = (to: Channel, message: FromWorker, transfer: Transferable[] = []): void => to.postMessage(message, transfer);

function retire(): void {
  if (retired) return;
  retired = true;
  for (const c of channels) post(c, { type: 'retired' });
}

function serially<T>(task: () => Promise<T>): Promise<T> {
  let release = () => undefined as void;
  const turn = new Promise<void>((resolve) => (release = resolve));
  const run = queue.then(() => {
    releaseTurn = release;
    return task();
  });
  run.then(release, release);
  queue = turn;
  return run;
}

const giveUpTurn = (): void => {
  releaseTurn?.();
  releaseTurn = null;
};

async function loadFirst(requested: WorldSource | null, from: Channel): Promise<Pick<Opened, 'notice' | 'kept'>> {
  // Whoever held the store (an older version of the panel, another tab's worker) stops writing to it.
  if (typeof navigator !== 'undefined' && navigator.locks)
    void navigator.locks.request(LOCK, { steal: true }, () => new Promise<never>(() => undefined)).catch(retire);
  const slow = setTimeout(() => post(from, { type: 'progress', text: 'Loading the stored world…' }), 300);
  const loaded = await loadState({
    requested,
    onProgress: (f) => {
      clearTimeout(slow);
      post(from, { type: 'progress', text: `Building the large world… ${Math.round(f * 100)}%` });
    },
  });
  clearTimeout(slow);
  installKeptShelf(idbShelf);
  const s = installStore(new Store(loaded.state));
  if (sourceOf(loaded.state).kind === 'large') {
    post(from, { type: 'progress', text: 'Indexing the large world… 100%' });
    s.index();
  }
  await attachPersistence(s, { ...loaded, onWait: giveUpTurn }, retire);
  store = s;
  return { notice: loaded.notice, kept: loaded.kept ? keptFile(loaded.kept) : null };
}

const keptFile = (kept: { key: string; json: string }): KeptFile => ({ fileName: `iot-panel-${kept.key}.json`, json: kept.json });

/** Another world for every tab: the one served is kept aside first when it holds changes, then the new one is built and stored. */
async function switchWorld(s: Store, requested: WorldSource, from: Channel): Promise<Pick<Opened, 'notice' | 'kept'>> {
  const before = s.snapshot();
  const kept = holdsChanges(before, []) ? await keepAside({ state: before, journal: [] }, `Set aside when ${worldName(requested)} was asked for.`) : null;
  const state = await buildState(requested, (f) => post(from, { type: 'progress', text: `Building the large world… ${Math.round(f * 100)}%` }));
  s.replace(state);
  if (requested.kind === 'large') s.index();
  await s.durable();
  for (const c of channels) if (c !== from) post(c, { type: 'changed' });
  return kept ? { notice: setAsideNotice(requested), kept: keptFile(kept) } : { notice: null, kept: null };
}

async function open(requested: WorldSource | null, from: Channel): Promise<Opened> {
  let said: Pick<Opened, 'notice' | 'kept'> = { notice: null, kept: null };
  if (!store) said = await loadFirst(requested, from);
  else if (requested && !sameSource(requested, sourceOf(store.snapshot()))) said = await switchWorld(store, requested, from);
  const s = store;
  if (!s) throw new Error('The backend has no world.');
  const world = sourceOf(s.snapshot());
  const personas = world.kind === 'large' ? largePersonas(s.world, s.index(), Math.floor(Date.now() / 1000)) : PERSONAS;
  return { ...said, personas, world, roots: [...apiRoots(handlers)] };
}

const toWire = async (r: Response): Promise<WireResponse> => ({
  status: r.status,
  statusText: r.statusText,
  headers: [...r.headers],
  body: await r.arrayBuffer(),
});

async function answer(wire: WireRequest, from: Channel): Promise<WireResponse | null> {
  const s = store;
  let changed = false;
  const unsubscribe = s?.subscribe((e) => {
    // A token's use (no log) is not news for the other tabs.
    if (e.kind === 'replace' || e.change.logs.length > 0) changed = true;
  });
  try {
    const request = new Request(wire.url, { method: wire.method, headers: wire.headers, body: wire.body });
    const response =
      retired || !s
        ? fail(503, 'This tab’s backend was replaced by a newer one (the panel was updated or opened again): reload the page.')
        : await getResponse(handlers, request);
    return response ? await toWire(response) : null;
  } catch (error) {
    return toWire(fail(500, `The backend failed on this request: ${error instanceof Error ? error.message : String(error)}`));
  } finally {
    unsubscribe?.();
    if (changed) for (const c of channels) if (c !== from) post(c, { type: 'changed' });
  }
}

function serve(channel: Channel): void {
  channels.add(channel);
  channel.onmessage = (event: MessageEvent) => {
    const message = event.data as ToWorker;
    if (message.type === 'open') {
      serially(() => open(message.requested, channel)).then(
        (opened) => post(channel, { type: 'opened', opened }),
        (error: unknown) => post(channel, { type: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    } else {
      void serially(() => answer(message.request, channel)).then((response) =>
        post(channel, { type: 'response', id: message.id, response }, response ? [response.body] : []),
      );
    }
  };
}

interface WorkerScope {
  onconnect?: ((event: MessageEvent) => void) | null;
}

const scope = globalThis as unknown as WorkerScope & Channel;
if ('onconnect' in scope) {
  scope.onconnect = (event: MessageEvent) => {
    const port = event.ports[0];
    if (port) serve(port);
  };
} else serve(scope);
