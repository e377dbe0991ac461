/** The fields every answer schema (`answers.ts`, `accessAnswers.ts`) is built from. */
import { z } from 'zod';
import { ITEM_TYPES } from '../domain/types';

export const int = z.number().int();
export const id = int.min(1);
export const cid = int.min(0);
export const unixTime = int.min(0);
export const rev = int.min(0);
export const open = z.record(z.string(), z.unknown());
export const RECORD_TYPES = [...ITEM_TYPES, 'role-assignments'] as const;
