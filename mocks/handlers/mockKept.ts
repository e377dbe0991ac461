/**
 * Ours, mock only (root master token): the worlds the backend kept aside instead of writing over them
 * (issue 21). Listed with when, size and why; one is downloaded as a file Import world accepts; deleted.
 */
import { ENDPOINTS } from '../../src/contracts/endpoints';
import { getKeptShelf } from '../db/backend';
import { HttpError } from '../http/respond';
import { param } from '../http/withPrincipal';
import type { Ctx } from '../http/withPrincipal';
import { requireRootMaster } from './mockAdminAccess';
import { answer, route } from './route';

const absent = (ctx: Ctx): HttpError => new HttpError(404, `Nothing is kept under "${param(ctx, 'key')}" (parameter key).`);

export const mockKeptHandlers = [
  route.get(`*${ENDPOINTS.mockKept}`, async (ctx) => {
    requireRootMaster(ctx);
    return answer(await getKeptShelf().list());
  }),
  route.get(`*${ENDPOINTS.mockKeptEntry}`, async (ctx) => {
    requireRootMaster(ctx);
    const value = await getKeptShelf().read(param(ctx, 'key'));
    if (value === undefined) throw absent(ctx);
    return answer([value]);
  }),
  route.delete(`*${ENDPOINTS.mockKeptEntry}`, async (ctx) => {
    requireRootMaster(ctx);
    if (!(await getKeptShelf().remove(param(ctx, 'key')))) throw absent(ctx);
    return answer([{ deleted: param(ctx, 'key') }]);
  }),
];
