/** Planted differences: one level of the model altered in what Cedar is given, which the property must catch. */
import type { CedarEntity, CedarValue } from '../cedarTypes';
import type { CedarSchemaJson } from '../schema';
import type { Plant } from './agreement';

const isRecord = (v: CedarValue): v is { [attr: string]: CedarValue } => typeof v === 'object' && !Array.isArray(v);

/** Every share record of level `from` in the entities, exported as level `to` instead (as a wrong `grantLinks` would). */
function relevel(entities: CedarEntity[], from: string, to: string): CedarEntity[] {
  const share = (v: CedarValue): CedarValue => (isRecord(v) && v.level === from ? { ...v, level: to } : v);
  return entities.map((e) => ({
    ...e,
    attrs: Object.fromEntries(Object.entries(e.attrs).map(([k, v]) => [k, Array.isArray(v) ? v.map(share) : v])),
  }));
}

/** Every action taken out of one level's action group in the schema (as a wrong level table would). */
function withoutInLevel(schema: CedarSchemaJson, level: string, action: string): CedarSchemaJson {
  return Object.fromEntries(
    Object.entries(schema).map(([ns, s]) => [
      ns,
      {
        ...s,
        actions: Object.fromEntries(
          Object.entries(s.actions).map(([id, a]) => [
            id,
            id.endsWith(`:${action}`) ? { ...a, memberOf: a.memberOf?.filter((g) => g.id !== `level:${level}`) } : a,
          ]),
        ),
      },
    ]),
  );
}

/** The grant level `edit` exported as `delete`. */
export const EDIT_AS_DELETE: Plant = { entities: (e) => relevel(e, 'edit', 'delete') };

/** The level `edit` without `logs` (it gives update only). */
export const EDIT_WITHOUT_LOGS: Plant = { schema: (s) => withoutInLevel(s, 'edit', 'logs') };
