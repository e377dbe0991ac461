import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { paths } from '../lib/paths';
import { ItemLink } from '../components/ItemLink';
import type { Cid } from '../domain/types';
import { useApiClient } from '../lib/ApiClientProvider';
import { tokenMayUseType } from '../permissions';
import { accessKeys } from './accessKeys';
import { useActingAccount, useRequiredSession } from './SessionProvider';

/**
 * Whether the acting principal may open an account's page: the accounts it reaches, as the server's
 * permission module lists them (one cached answer per acting account, shared by every link).
 */
export function useOpenableAccount(): (cid: Cid) => boolean {
  const { info } = useRequiredSession();
  const acting = useActingAccount();
  const api = useApiClient();
  const reached = useQuery({ ...accessKeys.byType(api, acting, 'subaccounts'), enabled: tokenMayUseType(info, 'subaccounts'), staleTime: 30_000 }).data;
  const ids = useMemo(() => new Set((reached ?? []).map((e) => e.id)), [reached]);
  return (cid) => ids.has(cid);
}

/** An account by name: a link to its page where the principal may open it, plain text elsewhere (never a link to "not found"). */
export function AccountLink({ cid, name }: { cid: Cid; name: string | undefined }) {
  const openable = useOpenableAccount();
  const label = name && name.trim() !== '' ? name : `Account #${cid}`;
  return openable(cid) ? <ItemLink to={paths.detail.getHref('subaccounts', cid)} name={label} fallback={label} /> : <span>{label}</span>;
}
