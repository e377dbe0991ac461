/**
 * Messages between a tab and the backend worker (one SharedWorker for every tab of the panel). The tab
 * opens the backend (asking for a world), then forwards each API request it intercepts and answers with
 * what comes back; the worker tells every other tab when the world changed.
 */
import type { Persona } from '../db/demo/personas';
import type { LargePersona } from '../db/largePersonas';
import type { WorldSource } from '../db/worldSource';

export interface KeptFile {
  fileName: string;
  json: string;
}

export interface Opened {
  personas: readonly (Persona | LargePersona)[];
  /** Set when the stored data could not be used (said once, to the tab that loaded it). */
  notice: string | null;
  kept: KeptFile | null;
  world: WorldSource;
  /** First path segments the backend serves (`gw`, `platform`…): other requests are not forwarded. */
  roots: string[];
}

export interface WireRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer;
}

export type ToWorker = { type: 'open'; requested: WorldSource | null } | { type: 'request'; id: number; request: WireRequest };

export type FromWorker =
  | { type: 'progress'; text: string }
  | { type: 'opened'; opened: Opened }
  | { type: 'failed'; message: string }
  | { type: 'response'; id: number; response: WireResponse | null }
  | { type: 'changed' }
  | { type: 'retired' };

/** What a tab and the worker post through: a MessagePort, or a dedicated worker and its scope. */
export interface Channel {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}
