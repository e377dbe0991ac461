/**
 * The entities one request needs, as a gateway would send them with it (Amazon Verified Permissions takes
 * entities per request): the principal, the acting account and the resource with all their ancestors, and
 * the snapshot. Policies read attributes only of these (an owner is a parent; so is an account's parent).
 */
import type { CedarEntity, CedarRequest, CedarUid } from './cedarTypes';
import { SNAPSHOT, uidKey } from './names';

export class EntityStore {
  private readonly byKey = new Map<string, CedarEntity>();

  constructor(entities: readonly CedarEntity[]) {
    for (const e of entities) this.byKey.set(uidKey(e.uid), e);
  }

  get(u: CedarUid): CedarEntity | undefined {
    return this.byKey.get(uidKey(u));
  }

  /** `principal` overrides the stored principal (a token record the gateway has just authenticated). */
  slice(req: CedarRequest, principal?: CedarEntity): CedarEntity[] {
    const out = new Map<string, CedarEntity>();
    const visit = (start: CedarEntity | undefined): void => {
      const stack = start ? [start] : [];
      for (let e = stack.pop(); e; e = stack.pop()) {
        const k = uidKey(e.uid);
        if (out.has(k)) continue;
        out.set(k, e);
        for (const p of e.parents) {
          const parent = this.get(p);
          if (parent) stack.push(parent);
        }
      }
    };
    visit(principal ?? this.get(req.principal));
    visit(this.get(req.context.acting.__entity));
    visit(this.get(req.resource));
    visit(this.get(SNAPSHOT));
    return [...out.values()];
  }
}
