/**
 * An ordered set of rules: the same rule reached twice (two items of one grant) is listed once.
 * Adding is a push; duplicates are removed once, when the list is read (most answers hold one rule).
 */
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
  private items: Rule[] = [];
  /** Used length of `items` (the array is reused, never truncated: truncating is slow in V8). */
  private n = 0;
  private deduped = true;

  add(rule: Rule): void {
    // Rule objects are mostly shared (see accountRights.ts), so most repeats are the same object.
    for (let i = 0; i < this.n; i++) if (this.items[i] === rule) return;
    this.items[this.n++] = rule;
    if (this.n > 1) this.deduped = false;
  }

  get list(): Rule[] {
    if (this.items.length !== this.n) this.items = this.items.slice(0, this.n);
    if (!this.deduped) {
      const seen = new Set<string>();
      this.items = this.items.filter((r) => {
        const k = ruleKey(r);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      this.n = this.items.length;
      this.deduped = true;
    }
    return this.items;
  }

  get size(): number {
    return this.n;
  }

  /** Empties the list for reuse (hot paths keep one scratch list instead of allocating). */
  reset(): this {
    this.n = 0;
    this.deduped = true;
    return this;
  }

  /** A copy of the (deduplicated) rules, safe to hand out while the list is reused. */
  snapshot(): Rule[] {
    if (this.deduped) return this.items.slice(0, this.n);
    return this.list.slice();
  }
}
