import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router-dom';
import { paths } from '../../lib/paths';
import { useOpenableAccount } from '../../auth/AccountLink';
import { useAccountLabel } from '../../auth/useAccountNames';
import { summarizeRules } from '../../permissions';
import type { Rule, RuleSummary } from '../../permissions';

const target = (s: RuleSummary): string => {
  switch (s.source) {
    case 'branch':
      return paths.detail.getHref('subaccounts', s.ownerCid);
    case 'grant':
    case 'operate-as':
      return paths.detail.getHref('grants', s.grantId);
    case 'role':
      return paths.detail.getHref('roles', s.roleId, 'assignments');
  }
};

/** The reasons for a right, one link each (grant, role assignment, owner account, access list). */
export function RuleLinks({ rules, acl, tokenId }: { rules: readonly Rule[]; acl?: string; tokenId?: number }) {
  const reasons = summarizeRules(rules, useAccountLabel());
  const openable = useOpenableAccount();
  return (
    <Stack component="ul" aria-label="Reasons" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {reasons.map((s) => (
        <li key={s.text}>
          {s.source === 'branch' && !openable(s.ownerCid) ? (
            // The owner is the acting account itself (or one it cannot open): no page to link to.
            s.text
          ) : (
            <Link component={RouterLink} to={target(s)}>
              {s.text}
            </Link>
          )}
        </li>
      ))}
      {acl && tokenId !== undefined && (
        <li>
          <Link component={RouterLink} to={paths.detail.getHref('tokens', tokenId)}>
            {acl}
          </Link>
        </li>
      )}
    </Stack>
  );
}
