import Box from '@mui/material/Box';
import type { AclEntry, Cid } from '../../../../domain/types';
import { tokenKindLabel } from '../../../../domain/tokenKinds';
import { FieldList } from '../../../../components/FieldList';
import type { Field } from '../../../../components/FieldList';
import { formatDateTime } from '../../../../components/formatTime';
import type { TokenRecord } from '../api/tokenKeys';
import { tokenName } from '../api/tokenMutations';
import { formatDuration } from '../model/duration';
import { MaskedKey } from './MaskedKey';
import { TokenExpiry } from './TokenExpiry';
import { UseTime } from './UseTime';

const aclText = (e: AclEntry): string => {
  const ids = e.ids === 'all' ? 'all ids' : `ids ${e.ids.join(', ')}`;
  const subs = e.submodules?.length ? `; submodules ${e.submodules.map((s) => `${s.name} ${s.methods.join('/')}`).join(', ')}` : '';
  return `${e.uri}: ${e.methods.join(', ') || 'no methods'} on ${ids}${subs}`;
};

/** A token's fields in words; the key masked with reveal and copy. */
export function TokenOverview({ token, accountName }: { token: TokenRecord; accountName: (cid: Cid) => string }) {
  const fields: Field[] = [
    ['Info', token.info || '—'],
    ['Kind', tokenKindLabel(token.access.type)],
    ['Account', accountName(token.cid)],
    ['Enabled', token.enabled ? 'Yes' : 'No'],
    ['Expiry', <TokenExpiry key="x" token={token} />],
    ['Expire', token.expire > 0 ? formatDateTime(token.expire) : 'not set'],
    ['TTL', token.ttl > 0 ? `${token.ttl} seconds (${formatDuration(token.ttl)} after last use)` : 'not set'],
    ['Created', <UseTime key="c" time={token.created} />],
    ['Last use', <UseTime key="a" time={token.accessed} />],
    ['Key', <MaskedKey key="k" tokenKey={token.key} name={tokenName(token)} />],
  ];
  if (token.access.type === 2)
    fields.push([
      'ACL',
      token.access.acl.length === 0 ? (
        'no entries (allowed nothing)'
      ) : (
        <Box component="ul" key="acl" sx={{ m: 0, pl: 2 }}>
          {token.access.acl.map((e, i) => (
            <li key={i}>{aclText(e)}</li>
          ))}
        </Box>
      ),
    ]);
  return <FieldList fields={fields} />;
}
