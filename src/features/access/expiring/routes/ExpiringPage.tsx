import { paths } from '../../../../app/paths';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { DataTable } from '../../../../components/DataTable';
import type { Column } from '../../../../components/DataTable';
import { EmptyState } from '../../../../components/EmptyState';
import { ErrorState } from '../../../../components/ErrorState';
import { formatDateTime, formatRelative, nowSeconds } from '../../../../components/formatTime';
import { ItemLink } from '../../../../components/ItemLink';
import { LoadingState } from '../../../../components/LoadingState';
import { PageHeader } from '../../../../components/PageHeader';
import type { Grant, RoleAssignment, Token } from '../../../../domain/types';
import { recordQueries } from '../../../../lib/recordQueries';
import { expiringRows } from './expiringRows';
import type { ExpiringRow } from './expiringRows';

const tokens = recordQueries<Token>('tokens');
const grants = recordQueries<Grant>('grants');
const assignments = recordQueries<RoleAssignment>('role-assignments');

const KIND: Record<ExpiringRow['kind'], string> = { tokens: 'Token', grants: 'Grant', 'role-assignments': 'Role assignment' };

/** One timeline of what expires, soonest first (expired ones included). */
export function ExpiringPage() {
  const queries = [
    useActingQuery((api, acting) => tokens.list(api, acting)),
    useActingQuery((api, acting) => grants.list(api, acting)),
    useActingQuery((api, acting) => assignments.list(api, acting)),
  ] as const;
  const now = nowSeconds();
  const columns: Column<ExpiringRow>[] = [
    { header: 'What', render: (r) => KIND[r.kind] },
    { header: 'Name', render: (r) => (r.kind === 'role-assignments' ? r.name : <ItemLink to={paths.detail(r.kind, r.id)} name={r.name} fallback={`#${r.id}`} />) },
    { header: 'Expires', render: (r) => `${r.expiresAt <= now ? 'Expired ' : ''}${formatRelative(r.expiresAt, now)} (${formatDateTime(r.expiresAt)})` },
  ];
  const failed = queries.find((q) => q.isError);
  const [t, g, a] = queries;
  let body;
  if (failed) body = <ErrorState title="Could not load expiring access" error={failed.error} />;
  else if (!t.data || !g.data || !a.data) body = <LoadingState label="Loading expiring access…" />;
  else {
    const rows = expiringRows(t.data.result, g.data.result, a.data.result, now);
    body = rows.length ? <DataTable label="Expiring access" rows={rows} columns={columns} rowKey={(r) => `${r.kind}:${r.id}`} /> : <EmptyState title="Nothing expires" />;
  }
  return (
    <>
      <PageHeader title="Expiring access" subtitle="Tokens, grants and role assignments with an end, soonest first." />
      {body}
    </>
  );
}
