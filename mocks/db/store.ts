/**
 * The mock backend's data: the World, its audit log and per-record revisions, with an access index
 * rebuilt lazily after each change. Every change runs on a draft (Immer) and is committed whole or not
 * at all; the result shares every record it did not change, so a change costs what it touches, and
 * listeners hear it as a small `Change` (the journal's entry), not as a new world.
 */
import { produce, setAutoFreeze } from 'immer';
import { buildAccessIndex } from '../../src/permissions';
import type { AccessIndex } from '../../src/permissions';
import type { LogRecord, World } from '../../src/domain/types';
import { MAX_LOGS, diffWorlds } from './change';
import { detach } from './collections';
import type { Change } from './change';
import { IdCounter, highestIds } from './idCounter';
import type { LastIds } from './idCounter';
import type { WorldSource } from './worldSource';

export const STORE_VERSION = 1;

export interface StoredState {
  version: number;
  world: World;
  logs: LogRecord[];
  /** `kind:id` → revision, bumped on every change of that record. */
  revs: Record<string, number>;
  /** Which world this is (absent: the demo world). */
  source?: WorldSource;
  /** Set on a generated world nothing has changed yet: it can be rebuilt from `source` instead of stored. */
  pristine?: true;
  /**
   * The highest id ever issued per type (ids are never reused). Optional, so states stored before it
   * existed stay usable: their counters are derived from the world and the log.
   */
  lastIds?: LastIds;
}

export interface Author {
  tokenId: number;
  actorCid: number;
}

export type LogInput = Omit<LogRecord, 'id' | 'timestamp' | 'token_id' | 'actor_cid'>;

/** A record whose log a change drops (purged from the recycle bin): gone for good with it. */
export type Forget = Pick<LogRecord, 'item_type' | 'item_id'>;

const forgottenLogs = (logs: readonly LogRecord[], forget: readonly Forget[] | undefined): number[] =>
  forget?.length ? logs.filter((l) => forget.some((f) => f.item_type === l.item_type && f.item_id === l.item_id)).map((l) => l.id) : [];

/** A committed change (with the state it made), or a whole new state (reset, import, another world). */
export type StoreEvent = { kind: 'change'; state: StoredState; change: Change } | { kind: 'replace'; state: StoredState };

type Listener = (event: StoreEvent) => void;

// Freezing would walk the whole large world on its first change; records are never changed in place anyway.
setAutoFreeze(false);

const TOUCH_NOTIFY_SECONDS = 60;

/** A record's revision key; `customer` is the account itself, whichever path changes it. */
const revKey = (kind: string, id: number): string => `${kind === 'customer' ? 'subaccounts' : kind}:${id}`;

export class Store {
  private state: StoredState;
  private ix: AccessIndex | null = null;
  /** The last index built, of an earlier world this one shares its untouched records with: reused in part. */
  private lastIx: AccessIndex | null = null;
  private lastIds: LastIds | null = null;
  private readonly listeners = new Set<Listener>();
  /** When listeners last heard of a token's use (see touchToken). */
  private readonly toldAccessed = new Map<number, number>();
  private durability: () => Promise<void> = () => Promise.resolve();

  /** `memo`: the index's memo thresholds (a test lowers them so that every question builds its memos). */
  constructor(
    state: StoredState,
    private readonly memo: { readableMemoAfter?: number; allowedMemoAfter?: number } = {},
  ) {
    this.state = state;
  }

  get world(): World {
    return this.state.world;
  }

  get logs(): readonly LogRecord[] {
    return this.state.logs;
  }
  snapshot(): StoredState {
    return this.state;
  }

  index(): AccessIndex {
    this.ix ??= buildAccessIndex(this.state.world, this.lastIx ? { ...this.memo, previous: this.lastIx } : this.memo);
    this.lastIx = this.ix;
    return this.ix;
  }

  rev(kind: string, id: number): number {
    return this.state.revs[revKey(kind, id)] ?? 1;
  }

  /** Replaces the whole state (reset, import, another world). */
  replace(state: StoredState, notify = true): void {
    this.state = state;
    this.ix = null;
    this.lastIx = null;
    this.lastIds = null;
    if (notify) this.emit({ kind: 'replace', state });
  }

  private emit(event: StoreEvent): void {
    this.listeners.forEach((l) => l(event));
  }

  /** The highest id issued per type so far (derived once per state when it was stored without counters). */
  private issuedIds(): LastIds {
    this.lastIds ??= highestIds(this.state.world, this.state.logs, this.state.lastIds);
    return this.lastIds;
  }

  /**
   * Applies `change` to a draft of the world; if it throws, nothing changed. New records take their ids
   * from `ids` (never one given before). Its returned log inputs are written with the author and the
   * time, and bump the revisions of the records they name.
   */
  mutate<T>(author: Author, change: (world: World, ids: IdCounter) => { value: T; logs: LogInput[]; forget?: Forget[] }): T {
    const base = this.state.world;
    const ids = new IdCounter(this.issuedIds());
    let done: { value: T; logs: LogInput[]; forget?: Forget[] } | undefined;
    const world = produce(base, (draft) => {
      const r = change(draft, ids);
      done = { value: detach(r.value), logs: detach(r.logs), ...(r.forget ? { forget: r.forget } : {}) };
    });
    if (!done) throw new Error('A change finished without its value.');
    const { value, logs } = done;
    const forgotten = forgottenLogs(this.state.logs, done.forget);
    const now = Math.floor(Date.now() / 1000);
    let nextId = (this.state.logs.at(-1)?.id ?? 0) + 1;
    const bumped: Record<string, number> = {};
    const records = logs.map((l): LogRecord => {
      const key = revKey(l.item_type, l.item_id);
      bumped[key] = (bumped[key] ?? this.state.revs[key] ?? 1) + 1;
      return { ...l, id: nextId++, timestamp: now, token_id: author.tokenId, actor_cid: author.actorCid };
    });
    const { pristine: _changed, ...rest } = this.state;
    const lastIds = ids.snapshot();
    const kept = forgotten.length ? this.state.logs.filter((l) => !forgotten.includes(l.id)) : this.state.logs;
    const state: StoredState = { ...rest, world, revs: { ...this.state.revs, ...bumped }, lastIds, logs: [...kept, ...records].slice(-MAX_LOGS) };
    this.state = state;
    this.ix = null;
    this.lastIds = lastIds;
    const dropped = forgotten.length ? { forgotten } : {};
    this.emit({
      kind: 'change',
      state,
      change: { version: state.version, collections: diffWorlds(base, world), logs: records, revs: bumped, lastIds, ...dropped },
    });
    return value;
  }

  /**
   * Every use of a token moves its `accessed` to `now` (a ttl counts from the last use, so even a
   * short gap matters), without logging. Listeners (persistence, other tabs) hear of it at most once a
   * minute per token: a request must not make every open tab refetch everything.
   */
  touchToken(tokenId: number, now: number): void {
    const t = this.state.world.tokens.find((x) => x.id === tokenId);
    if (!t || now <= t.accessed) return;
    // In place: no revision, no log, and no reason to copy the list for a time stamp.
    t.accessed = now;
    const told = this.toldAccessed.get(tokenId) ?? 0;
    if (now - told < TOUCH_NOTIFY_SECONDS) return;
    this.toldAccessed.set(tokenId, now);
    const change: Change = { version: this.state.version, collections: [{ collection: 'tokens', put: [t], removed: [] }], logs: [], revs: {} };
    this.emit({ kind: 'change', state: this.state, change });
  }

  /** Persistence says how to wait until what the store holds is stored. */
  setDurability(wait: () => Promise<void>): void {
    this.durability = wait;
  }

  /** Resolves once every change so far is stored: an answer to a write waits for it. */
  durable(): Promise<void> {
    return this.durability();
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}
