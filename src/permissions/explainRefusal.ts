/**
 * A decision in one plain sentence, by name ("Dana (supporter) cannot see Reefer 11: …"). The status and the
 * refusal code stay separate fields of the answer for those who need them; the sentence holds only names
 * the caller passes in (taken through its own view: the projection does not read strings).
 */
import type { Action } from '../domain/types';
import { describeRule } from './explain';
import type { Decision } from './types';

/** Who and what a decision was about, named for the reader (explorer "why not"). */
export interface ExplainContext {
  /** `Dana (supporter)`, `token “TrackIt link”` or `token “TrackIt link” acting as Cold Chain Lab`. */
  subject: string;
  /** `Reefer 13`, or `device #313` for one without a name. */
  item: string;
  /** What was asked (read when absent). */
  action?: Exclude<Action, 'create'>;
  /** For a token: the account whose branch it reaches ("its own branch" when absent: the subject is that account). */
  account?: string;
}

const VERBS: Record<Exclude<Action, 'create'>, string> = {
  read: 'see',
  update: 'change',
  delete: 'delete',
  logs: 'read the logs of',
  command: 'send commands to',
  assign: 'assign',
};

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Why, after the colon: the refusal in words for this subject and item. */
function because(d: Decision, ctx: ExplainContext): string {
  const code = d.refusal?.code ?? 'no-rule';
  const message = d.refusal?.message ?? '';
  const verb = VERBS[ctx.action ?? 'read'];
  switch (code) {
    case 'not-visible':
      return `it is outside ${ctx.account ? `the branch of ${ctx.account}` : 'its own branch'}, and no grant, operate-as grant or active role assignment reaches it`;
    case 'acl-id':
      return 'its access list does not include it';
    case 'acl-missing':
      return 'its access list has no entry for this kind of record';
    case 'acl-method':
    case 'acl-submodule':
      return `its access list does not let it ${verb} it`;
    case 'no-rule':
      return /does not apply/.test(message)
        ? 'that does not apply to this kind of record'
        : `it can see it, but no branch, grant or role gives it the right to ${verb} it`;
    default:
      return lower(message.replace(/\.$/, '')) || 'nothing gives this right';
  }
}

/**
 * One sentence for a decision. With a context, a refusal says who cannot do what to which item and why, by
 * name (the asker itself is told only "Not found." of an item it may not see: that is the refusal's message).
 */
export function explainDecision(d: Decision, ctx?: ExplainContext): string {
  if (d.allowed) return `Allowed by: ${d.rules.map(describeRule).join('; ')}.`;
  if (!ctx) return `Not allowed: ${d.refusal?.message ?? 'nothing gives this right.'}`;
  const verb = VERBS[ctx.action ?? 'read'];
  return `${capital(ctx.subject)} cannot ${verb} ${ctx.item}: ${because(d, ctx)}.`;
}
