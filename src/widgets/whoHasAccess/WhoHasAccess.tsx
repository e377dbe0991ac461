import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../lib/paths';
import { useAccountNames } from '../../auth/useAccountNames';
import { useActingQuery } from '../../auth/useActingQuery';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ItemLink } from '../../components/ItemLink';
import { QueryView } from '../../components/QueryView';
import type { ItemType } from '../../domain/types';
import type { ReactNode } from 'react';
import { whoKeys } from './whoKeys';
import type { WhoAnswer } from './whoKeys';
import { RuleLinks } from './RuleLinks';
import { AccountLink } from '../../auth/AccountLink';

export type AccountRow = WhoAnswer['accounts'][number];
type TokenRow = WhoAnswer['tokens'][number];

interface WhoHasAccessProps {
  type: ItemType;
  id: number;
  /** Shown above the lists (e.g. "Grant access"), even when nobody has access yet. */
  actions?: ReactNode;
  /** An "Actions" cell per account (e.g. "Revoke" of what gives it access). */
  accountActions?: (a: AccountRow) => ReactNode;
}

/** The "Who has access" tab of an instance or subaccount: accounts and tokens that reach it, with what and why. */
export function WhoHasAccess({ type, id, actions, accountActions }: WhoHasAccessProps) {
  const who = useActingQuery((api, acting) => whoKeys.who(api, acting, type, id));
  const accountName = useAccountNames();
  return (
    <Stack spacing={2}>
      {actions}
      <QueryView query={who} noun="who has access" isEmpty={(w) => w === null || (w.accounts.length === 0 && w.tokens.length === 0)}>
        {(w) =>
          w && (
            <Stack spacing={3}>
              <section aria-labelledby="who-accounts">
                <Typography variant="h6" component="h2" id="who-accounts" sx={{ mb: 1 }}>
                  Accounts ({w.accounts.length})
                </Typography>
                {w.accounts.length === 0 ? (
                  <EmptyState title="No account you can see reaches it" />
                ) : (
                  <DataTable<AccountRow>
                    label="Accounts with access"
                    rows={w.accounts}
                    rowKey={(a) => a.cid}
                    columns={[
                      { header: 'Account', render: (a) => <AccountLink cid={a.cid} name={a.name} /> },
                      { header: 'Permissions', render: (a) => a.permissions.join(', ') },
                      { header: 'Reasons', render: (a) => <RuleLinks rules={a.rules} /> },
                      {
                        header: 'Explore',
                        render: (a) => (
                          <Link component={RouterLink} to={paths.explorer.getHref({ cid: a.cid, type })} aria-label={`Explore the access of ${a.name}`}>
                            Explorer
                          </Link>
                        ),
                      },
                      ...(accountActions ? [{ header: 'Actions', render: accountActions }] : []),
                    ]}
                  />
                )}
              </section>
              <section aria-labelledby="who-tokens">
                <Typography variant="h6" component="h2" id="who-tokens" sx={{ mb: 1 }}>
                  Tokens ({w.tokens.length})
                </Typography>
                {w.tokens.length === 0 ? (
                  <EmptyState title="No token you can see reaches it" />
                ) : (
                  <DataTable<TokenRow>
                    label="Tokens with access"
                    rows={w.tokens}
                    rowKey={(t) => t.id}
                    columns={[
                      { header: 'Token', render: (t) => <ItemLink to={paths.detail.getHref('tokens', t.id)} name={t.info} fallback={`Token #${t.id}`} /> },
                      { header: 'Id', render: (t) => t.id },
                      { header: 'Account', render: (t) => accountName(t.cid) },
                      { header: 'Kind', render: (t) => t.kind },
                      { header: 'Permissions', render: (t) => t.permissions.join(', ') },
                    ]}
                  />
                )}
              </section>
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}
