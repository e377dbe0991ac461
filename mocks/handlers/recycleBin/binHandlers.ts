/**
 * flespi's recycle bin (issue 18): `GET /platform/deleted/<sel>` and `GET …/logs`, projected with the
 * module's bin view (each principal sees the entries it could read if they were back), and
 * `POST …/restore` (binRestore.ts).
 */
import { binReadable, binView } from '../../../src/permissions';
import type { BinEntry } from '../../../src/domain/recycleBin';
import { ENDPOINTS } from '../../../src/contracts/endpoints';
import { listAnswer } from '../../http/listing';
import type { Ctx } from '../../http/withPrincipal';
import { logsAnswer } from '../logsAnswer';
import { answer, route } from '../route';
import { originOf } from './binSelector';
import { expiresAt } from './binPurge';
import { selectEntries } from './binSelect';
import { restoreHandler } from './binRestore';

const present = (e: BinEntry) => {
  const { id: _id, key: _key, type: _type, ...configuration } = e.record as unknown as Record<string, unknown>;
  return {
    origin: originOf(e),
    type: e.type,
    id: e.item_id,
    cid: e.cid,
    name: e.name,
    deleted: e.deleted,
    expires: expiresAt(e),
    ...(e.with === undefined ? {} : { with: e.with }),
    unlinked: e.unlinked,
    configuration,
  };
};

const sees = (ctx: Ctx) => (e: BinEntry) => binReadable(ctx.store.index(), ctx.p, e);

export const binHandlers = [
  route.get(
    `*${ENDPOINTS.deletedLogs}`,
    (ctx) => {
      const entries = selectEntries(ctx, sees(ctx));
      const logType = (t: string) => (t === 'customer' ? 'subaccounts' : t);
      const items = ctx.store.logs.filter((l) => entries.some((e) => e.type === logType(l.item_type) && e.item_id === l.item_id)).map((l) => ({ ...l }));
      return logsAnswer(ctx.url, items);
    },
    binView,
  ),
  route.get(
    `*${ENDPOINTS.deleted}`,
    (ctx) => {
      const { result, extra } = listAnswer(ctx.url, selectEntries(ctx, sees(ctx)), present);
      return answer(result, extra);
    },
    binView,
  ),
  route.post(`*${ENDPOINTS.deletedRestore}`, restoreHandler, binView),
];
