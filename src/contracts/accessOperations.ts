/** The access endpoints (`/platform/access/*`, ours): previews, lock-out, hygiene, why, who, what a token may do. */
import { z } from 'zod';
import { ENDPOINTS } from './endpoints';
import * as a from './accessAnswers';
import { listed } from './operation';
import type { Operation } from './operation';
import { accessQuery, lockoutQuery, whyQuery } from './queries';
import * as s from './schemas';

const access = 'access (ours)';

export const ACCESS_OPERATIONS: readonly Operation[] = [
  {
    method: 'POST',
    path: ENDPOINTS.accessPreview,
    tag: access,
    summary: 'What a draft grant or assignment would change',
    body: s.accessPreview,
    result: a.accessDiffAnswer,
  },
  {
    method: 'GET',
    path: ENDPOINTS.accessLockout,
    tag: access,
    summary: 'Would this change lock someone out?',
    query: lockoutQuery,
    result: a.lockoutRiskAnswer,
  },
  { method: 'GET', path: ENDPOINTS.accessHygiene, tag: access, summary: 'Grants and assignments that give nothing', result: a.hygieneFindingAnswer },
  { method: 'GET', path: ENDPOINTS.accessAccounts, tag: access, summary: 'Accounts the token may act as', result: a.actableAccountAnswer },
  { method: 'GET', path: ENDPOINTS.accessCreate, tag: access, summary: 'Accounts where the principal may create this type', result: z.number().int().min(1) },
  { method: 'GET', path: ENDPOINTS.accessWhy, tag: access, summary: 'Why a subject may (not) act on an item', query: whyQuery, result: a.whyAnswer },
  { method: 'GET', path: ENDPOINTS.accessWho, tag: access, summary: 'Who has access to an item', result: a.whoAnswer },
  {
    method: 'GET',
    path: ENDPOINTS.accessMine,
    tag: access,
    summary: 'What the calling token may do, what its account receives and by whom, where it cannot act',
    result: a.myAccessAnswer,
  },
  {
    method: 'GET',
    path: ENDPOINTS.accessNames,
    tag: access,
    summary: 'Accounts the caller may know by name (owners, who shares with it)',
    result: a.knownAccountAnswer,
  },
  { method: 'GET', path: ENDPOINTS.accessTokenKinds, tag: access, summary: 'Token kinds the principal may create, per account', result: a.tokenKindsAnswer },
  {
    method: 'GET',
    path: ENDPOINTS.accessEntries,
    tag: access,
    summary: 'Effective access of a subject to the records of a type',
    query: accessQuery,
    result: listed(a.accessEntryAnswer),
  },
];
