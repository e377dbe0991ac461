/** The operations every collection has (list, create, change, delete, logs) and those of a container's member devices. */
import { z } from 'zod';
import type { CONTAINER_TYPES } from '../domain/types';
import { collectionPatterns, membersPattern } from './endpoints';
import type { CollectionType } from './endpoints';
import * as a from './answers';
import { fieldsQuery, listed } from './operation';
import type { Operation } from './operation';
import { confirmQuery, listQuery, logsQuery } from './queries';

export function collection(type: CollectionType, create: z.ZodType, update: z.ZodType, item: z.ZodObject): Operation[] {
  const writeQuery = confirmQuery.extend(fieldsQuery.shape);
  const tag = type;
  const { base, records, logs } = collectionPatterns(type);
  return [
    { method: 'GET', path: logs, tag, summary: `Log records of the selected ${tag}`, query: logsQuery, result: listed(a.logAnswer) },
    { method: 'GET', path: records, tag, summary: `The selected ${tag}`, query: listQuery, result: listed(item) },
    {
      method: 'POST',
      path: base,
      tag,
      summary: `Create ${tag}`,
      query: fieldsQuery,
      body: z.array(create).min(1).max(1000),
      result: listed(item),
      write: true,
    },
    { method: 'PUT', path: records, tag, summary: `Change the selected ${tag}`, query: writeQuery, body: update, result: listed(item), write: true },
    {
      method: 'PATCH',
      path: records,
      tag,
      summary: `Change fields of the selected ${tag}`,
      query: writeQuery,
      body: update,
      result: listed(item),
      write: true,
    },
    { method: 'DELETE', path: records, tag, summary: `Delete the selected ${tag}`, query: writeQuery, result: listed(a.idAnswer), write: true },
  ];
}

export const members = (type: (typeof CONTAINER_TYPES)[number]): Operation[] => {
  const path = membersPattern(type);
  const tag = type;
  return [
    { method: 'GET', path, tag, summary: `Member devices of the selected ${type}`, query: listQuery, result: listed(a.instanceAnswer) },
    { method: 'POST', path, tag, summary: `Add devices to the selected ${type}`, query: fieldsQuery, result: listed(a.idAnswer), write: true },
    { method: 'DELETE', path, tag, summary: `Remove devices from the selected ${type}`, query: fieldsQuery, result: listed(a.idAnswer), write: true },
    // flespi assigns devices to calcs, streams and plugins with PUT too, and plugins take PATCH (no per-link data here: the body is empty or {}).
    ...(type === 'groups'
      ? []
      : (['PUT', ...(type === 'plugins' ? (['PATCH'] as const) : [])] as const).map((method): Operation => ({
          method,
          path,
          tag,
          summary: `Assign devices to the selected ${type} (${method})`,
          query: fieldsQuery,
          body: memberLinkBody,
          result: listed(a.idAnswer),
          write: true,
        }))),
  ];
};
const memberLinkBody = z.strictObject({});
