import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';

import { paths } from '../../../../lib/paths';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { useCanEach } from '../../../../auth/useCan';
import type { Column } from '../../../../components/DataTable';
import { EmptyState } from '../../../../components/EmptyState';
import { ItemLink } from '../../../../components/ItemLink';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { ClientTable } from '../../../../components/table/ClientTable';
import type { HygieneFinding } from '../../../../permissions';
import { hygieneKeys } from '../api/hygieneKeys';
import { CleanupDialog } from '../components/CleanupDialog';
import { FINDING_KIND, findingTitle } from '../components/findingText';
import { useUrlParams } from '../../../../lib/useUrlParams';

const TYPES = ['all', 'grants', 'role-assignments'] as const;
type TypeFilter = (typeof TYPES)[number];
const parseType = (raw: string | null): TypeFilter => ((TYPES as readonly string[]).includes(raw ?? '') ? (raw as TypeFilter) : 'all');

/** "Check access hygiene": grants and role assignments that give nothing any more, with cleanup. */
export function HygienePage() {
  const query = useActingQuery((api, acting) => hygieneKeys.findings(api, acting));
  const [params, setParams] = useUrlParams();
  const type = parseType(params.get('type'));
  const [removing, setRemoving] = useState<readonly HygieneFinding[] | null>(null);
  const nameOf = useAccountNames();
  const all = query.data ?? [];
  const canGrant = useCanEach(
    'grants',
    all.filter((f) => f.type === 'grants').map((f) => f.id),
  );
  const canAssignment = useCanEach(
    'role-assignments',
    all.filter((f) => f.type === 'role-assignments').map((f) => f.id),
  );
  const canDelete = (f: HygieneFinding) => (f.type === 'grants' ? canGrant : canAssignment)('delete', f.id);
  const deletable = all.filter((f) => canDelete(f).allowed);
  const columns: Column<HygieneFinding>[] = [
    { header: 'What', render: (f) => FINDING_KIND[f.type], sortValue: (f) => f.type },
    {
      header: 'Name',
      render: (f) =>
        f.type === 'grants' ? (
          <ItemLink to={paths.detail.getHref('grants', f.id)} name={f.name} fallback={`#${f.id}`} />
        ) : (
          <ItemLink to={paths.roleAssignments.getHref()} name={f.name} fallback={`#${f.id}`} />
        ),
      sortValue: (f) => f.name.toLowerCase(),
    },
    { header: 'Owner', render: (f) => nameOf(f.cid), sortValue: (f) => nameOf(f.cid).toLowerCase() },
    { header: 'Why it gives nothing', id: 'why', render: (f) => f.reasons.map((r) => r.message).join(' ') },
    {
      header: 'Actions',
      render: (f) => {
        const answer = canDelete(f);
        const button = (
          <Button size="small" color="error" disabled={!answer.allowed} onClick={() => setRemoving([f])} aria-label={`Remove ${findingTitle(f)}`}>
            Remove
          </Button>
        );
        return answer.allowed || !answer.reason ? (
          button
        ) : (
          <Tooltip title={answer.reason}>
            <span>{button}</span>
          </Tooltip>
        );
      },
    },
  ];
  const typeSelect = (
    <TextField
      select
      size="small"
      label="Show"
      value={type}
      sx={{ minWidth: 180 }}
      onChange={(e) =>
        setParams(
          (p) => {
            const next = new URLSearchParams(p);
            if (e.target.value === 'all') next.delete('type');
            else next.set('type', e.target.value);
            return next;
          },
          { replace: true },
        )
      }
    >
      <MenuItem value="all">Grants and role assignments</MenuItem>
      <MenuItem value="grants">Grants</MenuItem>
      <MenuItem value="role-assignments">Role assignments</MenuItem>
    </TextField>
  );
  return (
    <>
      <PageHeader
        title="Access hygiene"
        subtitle="Grants and role assignments that give nothing any more: expired, disabled, emptied or pointing at deleted records."
        actions={
          deletable.length > 0 && (
            <Button variant="contained" color="error" onClick={() => setRemoving(deletable)}>
              {`Clean up all (${deletable.length})`}
            </Button>
          )
        }
      />
      <QueryView
        query={query}
        noun="findings"
        isEmpty={(d) => d.length === 0}
        empty={<EmptyState title="Nothing to clean up">Every grant and role assignment you can see still gives something.</EmptyState>}
      >
        {(findings) => (
          <ClientTable
            label="Grants and role assignments that give nothing"
            noun="findings"
            rows={findings.filter((f) => type === 'all' || f.type === type)}
            columns={columns}
            rowKey={(f) => `${f.type}:${f.id}`}
            searchText={(f) => `${f.name} ${f.id} ${f.reasons.map((r) => r.message).join(' ')}`}
            filters={typeSelect}
          />
        )}
      </QueryView>
      {removing && <CleanupDialog findings={removing} onClose={() => setRemoving(null)} />}
    </>
  );
}
