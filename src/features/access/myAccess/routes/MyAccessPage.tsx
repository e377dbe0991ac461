import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useActingQuery } from '../../../../auth/useActingQuery';
import { PageHeader } from '../../../../components/PageHeader';
import { QueryView } from '../../../../components/QueryView';
import { formatDateTime } from '../../../../components/formatTime';
import { myAccessKeys } from '../api/myAccessKeys';
import type { MyAccess } from '../api/myAccessKeys';
import { LimitsList } from '../components/LimitsList';
import { ReachList } from '../components/ReachList';
import { ReceivedTable } from '../components/ReceivedTable';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" id={id} gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function lifetime(t: MyAccess['token']): string {
  const parts = [
    t.expire > 0 ? `until ${formatDateTime(t.expire)}` : null,
    t.ttl > 0 ? `while used at least every ${Math.round(t.ttl / 86_400)} day(s)` : null,
  ];
  const said = parts.filter(Boolean).join(', ');
  return said ? `valid ${said}` : 'valid with no end date';
}

function MyAccessView({ mine }: { mine: MyAccess }) {
  const { token, account } = mine;
  return (
    <>
      <Section id="my-token" title="This token">
        <Typography>
          {token.kind} token “{token.info || `#${token.id}`}” of {account.name}, {lifetime(token)}.
        </Typography>
        {token.acl.length > 0 && (
          <List dense aria-label="Its access list">
            {token.acl.map((entry) => (
              <ListItem key={entry} disableGutters>
                Access list: {entry}
              </ListItem>
            ))}
          </List>
        )}
      </Section>
      <Section id="my-reach" title="What this token may do">
        <ReachList reach={mine.reach} />
      </Section>
      <Section id="my-received" title={`Shared with ${account.name}`}>
        <ReceivedTable rows={mine.received} account={account.name} acl={token.kind === 'ACL'} />
      </Section>
      <Section id="my-limits" title="Where this token cannot act, and why">
        <LimitsList limits={mine.limits} />
      </Section>
    </>
  );
}

/** "My access", for every token kind: the backend's answer about the calling token, in names. */
export function MyAccessPage() {
  const q = useActingQuery((api, acting) => myAccessKeys.mine(api, acting));
  return (
    <>
      <PageHeader title="My access" subtitle="What this token may do, what is shared with its account and by whom, and where it cannot act." />
      <QueryView query={q} noun="your access" isEmpty={(m) => m === null}>
        {(m) => m && <MyAccessView mine={m} />}
      </QueryView>
    </>
  );
}
