/** An ordered set of rules: the same rule reached twice (two items of one grant) is listed once. */
import type { Rule } from './types';

export const ruleKey = (r: Rule): string => {
  switch (r.kind) {
    case 'branch':
      return `b:${r.ownerCid}:${r.actingCid}`;
    case 'grant':
      return `g:${r.grantId}:${r.level}`;
    case 'subaccount-grant':
      return `s:${r.grantId}:${r.subaccountCid}:${r.level}`;
    case 'role':
      return `r:${r.assignmentId}`;
    case 'catalog':
      return `c:${r.roleId}`;
  }
};

export class RuleList {
  readonly list: Rule[] = [];
  private keys: Set<string> | null = null;

  add(rule: Rule): void {
    if (this.list.length === 0) {
      this.list.push(rule);
      return;
    }
    if (!this.keys) this.keys = new Set(this.list.map(ruleKey));
    const k = ruleKey(rule);
    if (this.keys.has(k)) return;
    this.keys.add(k);
    this.list.push(rule);
  }

  get size(): number {
    return this.list.length;
  }
}
