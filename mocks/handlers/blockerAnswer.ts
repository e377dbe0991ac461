/** The nearest blocker of a "why not?" answer, with the name the caller may give it (or none at all). */
import type { Blocker } from '../../src/permissions';
import type { Ctx } from '../http/withPrincipal';
import type { ViewNames } from './viewNames';

export type BlockerAnswer = Blocker & { name: string };

export function blockerAnswer(ctx: Ctx, names: ViewNames, b: Blocker | null): BlockerAnswer | null {
  // The module names only what the caller reads; checked again here, as the text is no field the projection sees.
  if (!b || !names.view.may(b.type, b.id)) return null;
  const w = ctx.store.world;
  switch (b.type) {
    case 'role-assignments': {
      const a = w.roleAssignments.find((x) => x.id === b.id);
      return a ? { ...b, name: `the assignment of ${names.assignment(a)}` } : null;
    }
    case 'grants': {
      const g = w.grants.find((x) => x.id === b.id);
      return g ? { ...b, name: names.grant(g) } : null;
    }
    case 'tokens':
      return { ...b, name: `token “${names.name('tokens', b.id) ?? `#${b.id}`}”` };
  }
}
