import { useAccountNames } from '../../../../auth/useAccountNames';
import { FieldList, JsonValue } from '../../../../components/FieldList';
import type { Field } from '../../../../components/FieldList';
import type { Account } from '../../../../domain/types';
import { isRootAccount } from '../../../../permissions';

/** An account's fields in words: its parent by name, blocked or not, metadata as JSON. */
export function SubaccountOverview({ account }: { account: Account }) {
  const accountName = useAccountNames();
  const fields: Field[] = [
    ['Name', account.name],
    ['Id', account.id],
    ['Parent', isRootAccount(account) ? 'none (the root account)' : `${accountName(account.owner_id)} (#${account.owner_id})`],
    ['Blocked', account.blocked ? 'Yes: its tokens are refused' : 'No'],
  ];
  if (account.metadata && Object.keys(account.metadata).length > 0) fields.push(['Metadata', <JsonValue key="m" value={account.metadata} />]);
  return <FieldList fields={fields} />;
}
