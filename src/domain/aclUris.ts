/** An ACL entry's `uri` names an instance type: `aclUri` and `aclUriType` are the one mapping, both ways. */
import { INSTANCE_TYPES, isInstanceType } from './types';
import type { AclUri, InstanceType } from './types';

const ACL_PREFIX = 'gw/';
export const aclUri = (type: InstanceType): AclUri => `${ACL_PREFIX}${type}`;
export const ACL_URIS = INSTANCE_TYPES.map(aclUri) as unknown as readonly [AclUri, ...AclUri[]];

/** The instance type an ACL `uri` names, or null for a uri that names none. */
export const aclUriType = (uri: string): InstanceType | null => {
  const type = uri.startsWith(ACL_PREFIX) ? uri.slice(ACL_PREFIX.length) : '';
  return isInstanceType(type) ? type : null;
};
