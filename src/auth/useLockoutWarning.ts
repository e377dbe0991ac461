/**
 * `useLockoutWarning(type, id, change)`: would this change lock the principal (or everyone) out? Asked of
 * the server (`/platform/access/<cid>/lockout`, the permission module's `lockoutRisk`) while a confirm
 * dialog is open, so the dialog can explain it before the click. A confirmable risk must be
 * acknowledged (then `query` carries `confirm=lockout` for the write); an unconfirmable one the server
 * will refuse whatever the UI sends.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../lib/apiClient';
import { useApiClient } from '../lib/ApiClientProvider';
import { tokenMayUsePlatform } from '../permissions';
import type { LockoutChange, LockoutRisk, RecordType } from '../permissions';
import { accessKeys } from './accessKeys';
import { useActingAccount, useRequiredSession } from './SessionProvider';

export interface LockoutWarning {
  pending: boolean;
  risk: LockoutRisk | null;
  /** The question could not be answered (the write will still be checked by the server). */
  error: string | null;
  acknowledged: boolean;
  setAcknowledged: (v: boolean) => void;
  /** A confirmable risk not acknowledged yet: the confirm button should wait. */
  blocksConfirm: boolean;
  /** Query parameters for the write (`confirm=lockout` once acknowledged). */
  query: Record<string, string>;
}

/** `id` null: nothing to ask yet (e.g. the dialog is closed). */
export function useLockoutWarning(type: RecordType, id: number | null, change: LockoutChange): LockoutWarning {
  const session = useRequiredSession();
  const acting = useActingAccount();
  const api = useApiClient();
  const [ack, setAck] = useState<{ key: string; value: boolean }>({ key: '', value: false });
  const key = `${type}:${id ?? ''}:${change}`;
  const enabled = id !== null && tokenMayUsePlatform(session.info);
  const q = useQuery({ ...accessKeys.lockout(api, acting, type, id ?? 0, change), enabled });
  const risk = enabled ? (q.data ?? null) : null;
  const acknowledged = ack.key === key && ack.value;
  return {
    pending: enabled && q.isPending,
    risk,
    error: q.isError ? (isApiError(q.error) ? q.error.reason : 'unknown error') : null,
    acknowledged,
    setAcknowledged: (value) => setAck({ key, value }),
    blocksConfirm: risk !== null && risk.confirmable && !acknowledged,
    query: risk?.confirmable && acknowledged ? { confirm: 'lockout' } : {},
  };
}
