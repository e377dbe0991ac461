/**
 * The token form's values, their checks (each message names its field, as the server's do) and the
 * body they become. Pure: times are passed in. The token's own rules are the permission module's
 * (`tokenFieldProblems`, the same function the backend's token guard runs); this file parses the inputs.
 */
import { TOKEN_KINDS } from '../../../../domain/types';
import type { Cid, Token, TokenKind } from '../../../../domain/types';
import { tokenFieldProblems } from '../../../../permissions';
import type { FieldProblem } from '../../../../permissions';
import { tokenCreate } from '../../../../contracts/schemas';
import { fieldErrors } from '../../../../lib/fieldErrors';
import { aclFromDraft, draftFromAcl, validateAcl } from './aclDraft';
import type { AclEntryDraft } from './aclDraft';

/** `info`'s limit is the backend's own schema (src/contracts), read here, not restated. */
const tokenInfo = tokenCreate.pick({ info: true });

export interface TokenFormValues {
  info: string;
  cid: Cid | null;
  kind: TokenKind;
  enabled: boolean;
  /** `datetime-local` text; '' = not set. */
  expire: string;
  /** Seconds as typed; '' = not set. */
  ttl: string;
  acl: AclEntryDraft[];
}

export type TokenFormErrors = Partial<Record<'info' | 'cid' | 'kind' | 'expire' | 'ttl', string>> & Record<string, string>;

const pad = (n: number) => String(n).padStart(2, '0');

/** A unix time as a `datetime-local` value in the browser's zone ('' for 0). */
export function toLocalInput(unix: number): string {
  if (unix <= 0) return '';
  const d = new Date(unix * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as unix seconds; 0 for ''; null when it is not a date. */
export function fromLocalInput(text: string): number | null {
  if (text.trim() === '') return 0;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text.trim())) return null;
  const ms = new Date(text.trim()).getTime();
  return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
}

/** Seconds typed in the ttl field; 0 for ''; null when not a whole number of seconds. */
export function parseTtl(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  return /^\d{1,10}$/.test(t) ? Number(t) : null;
}

export function initialValues(token: Token | null, defaults: { cid: Cid | null; now: number }): TokenFormValues {
  if (!token)
    return { info: '', cid: defaults.cid, kind: TOKEN_KINDS.standard, enabled: true, expire: toLocalInput(defaults.now + 30 * 86_400), ttl: '', acl: [] };
  return {
    info: token.info,
    cid: token.cid,
    kind: token.access.type,
    enabled: token.enabled,
    expire: toLocalInput(token.expire),
    ttl: token.ttl > 0 ? String(token.ttl) : '',
    acl: token.access.acl.map(draftFromAcl),
  };
}

/** The form's words for a field the module names: `access.acl[0].ids` is "Entry 1 ids"; `access.type` is the kind. */
const labelOf = (field: string): string => field.replace(/^access\.acl\[(\d+)\]\.(\w+).*$/, (_m, i: string, f: string) => `Entry ${Number(i) + 1} ${f}`);
const keyOf = (field: string): string => (field === 'access.type' ? 'kind' : field);

function addProblem(errors: TokenFormErrors, p: FieldProblem): void {
  const say = (field: string, also?: string) => `${labelOf(field)}${also ? ` or ${labelOf(also)}` : ''}: ${p.message}.`;
  errors[keyOf(p.field)] ??= say(p.field, p.alsoField);
  if (p.alsoField) errors[keyOf(p.alsoField)] ??= say(p.alsoField, p.field);
}

/**
 * Checks every field; `original` (when editing) lets an unchanged past `expire` stand so that an
 * expired token's other fields can still be edited.
 */
export function validateTokenForm(v: TokenFormValues, ctx: { now: number; original?: TokenFormValues }): TokenFormErrors {
  const errors: TokenFormErrors = {};
  const info = fieldErrors(tokenInfo, { info: v.info });
  if (!info.ok && info.errors.info) errors.info = info.errors.info;
  if (v.cid === null) errors.cid = 'cid: choose the account the token will belong to.';
  const expire = fromLocalInput(v.expire);
  const ttl = parseTtl(v.ttl);
  if (expire === null) errors.expire = 'expire: not a date and time.';
  if (ttl === null) errors.ttl = 'ttl: whole seconds (0 = not set).';
  const original = ctx.original ? fromLocalInput(ctx.original.expire) : null;
  const acl = v.kind === TOKEN_KINDS.acl ? v.acl.map(aclFromDraft) : [];
  // An unreadable input already has its error; a neutral value keeps it from raising another.
  const draft = { expire: expire ?? ctx.now + 1, ttl: ttl ?? 1, access: { type: v.kind, acl } };
  for (const p of tokenFieldProblems(draft, { now: ctx.now, existing: original === null ? undefined : { expire: original } })) addProblem(errors, p);
  if (v.kind === TOKEN_KINDS.acl) for (const [k, m] of Object.entries(validateAcl(v.acl))) errors[k] ??= m;
  return errors;
}

export interface TokenBody {
  info: string;
  enabled: boolean;
  expire: number;
  ttl: number;
  access: Token['access'];
}

/** The body to send (only after validateTokenForm found nothing). */
export function tokenBody(v: TokenFormValues): TokenBody {
  return {
    info: v.info,
    enabled: v.enabled,
    expire: fromLocalInput(v.expire) ?? 0,
    ttl: parseTtl(v.ttl) ?? 0,
    access: { type: v.kind, acl: v.kind === TOKEN_KINDS.acl ? v.acl.map(aclFromDraft) : [] },
  };
}
