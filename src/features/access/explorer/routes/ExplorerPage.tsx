import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useActingAccount } from '../../../../auth/SessionProvider';
import { useAccountNames } from '../../../../auth/useAccountNames';
import { PageHeader } from '../../../../components/PageHeader';
import { INSTANCE_TYPES } from '../../../../domain/types';
import { ExplorerResults } from '../components/ExplorerResults';
import { SubjectPicker } from '../components/SubjectPicker';
import { WhyNot } from '../components/WhyNot';
import { pathCid, readExplorerParams, writeExplorerParams } from '../explorerParams';
import type { ExplorerParams } from '../explorerParams';

/** What an account or a token reaches, by instance type, with the rules that give it; and why not. */
export function ExplorerPage() {
  const [search, setSearch] = useSearchParams();
  const params = readExplorerParams(search);
  const acting = useActingAccount();
  const accountName = useAccountNames();
  const cid = pathCid(params, acting.cid);
  const subject = params.subject ?? { kind: 'account', cid: acting.cid };
  const subjectLabel = subject.kind === 'token' ? `token #${subject.id}` : accountName(subject.cid);
  const change = useCallback((c: Partial<ExplorerParams>) => setSearch((q) => writeExplorerParams(q, c)), [setSearch]);
  const actingNote = params.acting !== null ? `, acting as ${accountName(params.acting)}` : '';
  return (
    <>
      <PageHeader title="Access explorer" subtitle={`What ${subjectLabel} reaches${actingNote}, and why`} />
      <SubjectPicker
        subject={subject}
        acting={params.acting}
        onSubject={(s) => change({ subject: s, acting: null, why: null })}
        onActing={(a) => change({ acting: a, why: null })}
      />
      <Tabs
        value={params.type}
        aria-label="Instance type"
        sx={{ mb: 2 }}
        variant="scrollable"
        onChange={(_e, t: ExplorerParams['type']) => change({ type: t, why: null })}
      >
        {INSTANCE_TYPES.map((t) => (
          <Tab key={t} value={t} label={t} />
        ))}
      </Tabs>
      <ExplorerResults params={params} cid={cid} subjectLabel={subjectLabel} onFilters={change} />
      <WhyNot key={`${params.type}:${params.why ?? ''}`} params={params} cid={cid} onAsk={(id) => change({ why: id })} />
    </>
  );
}
