/**
 * The access model in Cedar (issue 23): a world → a Cedar schema, a fixed policy set and entities.
 * Pure; `cedarWasm.ts` (Node only) runs Cedar's own validator and authorizer on what this exports.
 */
export { exportCedar, FOREVER } from './exportCedar';
export type { CedarExport } from './exportCedar';
export { cedarSchema } from './schema';
export { CEDAR_POLICIES, policiesText, policyRecord } from './policies';
export type { CedarPolicy } from './policies';
export { cedarRequests } from './cedarRequest';
export { EntityStore } from './entitySlice';
export { tokenEntity } from './tokenEntity';
export type { CedarContext, CedarEntity, CedarRequest, CedarUid, CedarValue } from './cedarTypes';
