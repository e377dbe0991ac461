/** Log records for the references a delete dropped (permission module's dropReferences). */
import type { DroppedReference } from '../../src/permissions';
import type { LogInput } from '../db/store';

export const droppedLogs = (refs: readonly DroppedReference[]): LogInput[] =>
  refs.map((r) => ({ cid: r.cid, event: r.effect, item_type: r.type, item_id: r.id, changes: r.changes }));
