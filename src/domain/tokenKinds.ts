/** The one name of each token kind, wherever a kind is shown ("Master", "Standard", "ACL"). */
import { TOKEN_KINDS } from './types';

export const TOKEN_KIND_LABELS: Readonly<Record<number, string>> = {
  [TOKEN_KINDS.standard]: 'Standard',
  [TOKEN_KINDS.master]: 'Master',
  [TOKEN_KINDS.acl]: 'ACL',
};
export const tokenKindLabel = (kind: number): string => TOKEN_KIND_LABELS[kind] ?? 'Unknown kind';
