/**
 * Node-side adapter to Cedar's own engine (`@cedar-policy/cedar-wasm` 4.13.0, its Node build): validation
 * of an export and authorization. The exporter itself never loads it; tests, the export command and the
 * benchmark do.
 */
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import type { CedarEntity, CedarRequest } from './cedarTypes';
import type { CedarExport } from './exportCedar';
import { policyRecord } from './policies';
import { cedarSchema } from './schema';
import type { CedarSchemaJson } from './schema';

export interface CedarAnswer {
  allowed: boolean;
  /** Policies that decided (the permits that allowed, or the forbids that denied). */
  reasons: string[];
  errors: string[];
}

const message = (e: { message: string }): string => e.message;
let parsedSets = 0;

export const cedarVersion = (): string => cedar.getCedarVersion();

/**
 * Policies and schema parsed once (the exported ones unless given); the schema gives the action groups (and
 * checks each request and its entities), the entities come with each request, as a managed service takes them.
 */
export class CedarAuthorizer {
  private readonly setId = `panel-policies-${++parsedSets}`;

  constructor(policies: Record<string, string> = policyRecord(), schema: CedarSchemaJson = cedarSchema()) {
    const parsed = cedar.preparsePolicySet(this.setId, { staticPolicies: policies });
    if (parsed.type !== 'success') throw new Error(`Cedar could not parse the policies: ${parsed.errors.map(message).join('; ')}`);
    const parsedSchema = cedar.preparseSchema(this.setId, schema as cedar.Schema);
    if (parsedSchema.type !== 'success') throw new Error(`Cedar could not parse the schema: ${parsedSchema.errors.map(message).join('; ')}`);
  }

  /**
   * `validateRequest: false` skips checking the request itself against the schema (its action's principal and
   * resource types, its context's shape), a third of a small call's time, for a caller that has had requests
   * of that shape validated already; the entities are checked against the schema either way.
   */
  authorize(req: CedarRequest, entities: readonly CedarEntity[], opts: { validateRequest?: boolean } = {}): CedarAnswer {
    const answer = cedar.statefulIsAuthorized({
      ...req,
      preparsedPolicySetId: this.setId,
      preparsedSchemaName: this.setId,
      validateRequest: opts.validateRequest ?? true,
      entities: entities as cedar.EntityJson[],
    });
    if (answer.type !== 'success') return { allowed: false, reasons: [], errors: answer.errors.map(message) };
    const { decision, diagnostics } = answer.response;
    return { allowed: decision === 'allow', reasons: diagnostics.reason, errors: diagnostics.errors.map((e) => `${e.policyId}: ${e.error.message}`) };
  }
}

const ENTITY_BATCH = 2000;

export interface CedarValidation {
  errors: string[];
  warnings: string[];
}

/** Cedar's validator (strict mode): the policies against the schema, then the entities against the schema. */
export function validateExport(x: Pick<CedarExport, 'schema' | 'entities'>): CedarValidation {
  const schema = x.schema as cedar.Schema;
  const v = cedar.validate({ schema, policies: { staticPolicies: policyRecord() }, validationSettings: { mode: 'strict' } });
  const errors: string[] = [];
  const warnings: string[] = [];
  if (v.type === 'failure') errors.push(...v.errors.map(message));
  else {
    errors.push(...v.validationErrors.map((e) => `${e.policyId}: ${e.error.message}`));
    warnings.push(...v.validationWarnings.map((e) => `${e.policyId}: ${e.error.message}`), ...v.otherWarnings.map(message));
  }
  // Each entity is checked against the schema on its own, so batches change nothing but time: Cedar's
  // schema-based parse grows faster than the batch (10,000 entities 1.5 s, 20,000 17 s on two cores).
  for (let i = 0; i < x.entities.length; i += ENTITY_BATCH) {
    const parsed = cedar.checkParseEntities({ entities: x.entities.slice(i, i + ENTITY_BATCH) as cedar.EntityJson[], schema });
    if (parsed.type === 'failure') errors.push(...parsed.errors.map(message));
  }
  return { errors, warnings };
}
