/** The report of a disagreement: the (shrunk) world, the question, and both answers. */
import type { World } from '../../domain/types';
import type { Decision } from '../../permissions';
import { cedarRequests } from '../cedarRequest';
import type { CedarAnswer } from '../cedarWasm';
import type { Question } from './questions';

export function describeMismatch(world: World, q: Question, module: Decision, cedar: readonly CedarAnswer[], sliceAgrees: boolean): string {
  const requests = cedarRequests(q.p, q.req);
  const lines = [
    sliceAgrees ? 'Cedar and the permission module disagree.' : 'Cedar decides differently on the per-request entity slice than on all entities.',
    `question: ${q.p.token.id === 0 ? `account ${q.p.token.cid} as such (a master token of it)` : `token ${q.p.token.id} (kind ${q.p.token.access.type}, account ${q.p.token.cid})`} acting as ${q.p.actingCid} at ${q.p.now}: ${JSON.stringify(q.req)}`,
    `module: ${module.allowed ? 'allow' : 'deny'} (${module.status}${module.refusal ? ` ${module.refusal.code}` : ''}) rules ${JSON.stringify(module.rules)}`,
    ...cedar.map((a, i) => {
      const r = requests[i];
      return `cedar: ${a.allowed ? 'allow' : 'deny'} for ${r ? `${r.action.id} on ${r.resource.type}::"${r.resource.id}" ${JSON.stringify(r.context)}` : '?'}; policies ${a.reasons.join(', ') || '(none)'}${a.errors.length ? `; errors ${a.errors.join(' | ')}` : ''}`;
    }),
    `world: ${JSON.stringify({ ...world, roles: world.roles.filter((r) => !r.builtin), tokens: world.tokens.map(({ key: _key, ...t }) => t) })}`,
  ];
  return lines.join('\n');
}
