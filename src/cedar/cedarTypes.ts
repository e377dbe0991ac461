/**
 * The JSON shapes Cedar reads (entities, requests), typed here so that the exporter needs no Cedar package:
 * they are structurally what `@cedar-policy/cedar-wasm` takes.
 */
export interface CedarUid {
  type: string;
  id: string;
}

export type CedarValue = boolean | number | string | CedarValue[] | { __entity: CedarUid } | { [attr: string]: CedarValue };

export interface CedarEntity {
  uid: CedarUid;
  attrs: Record<string, CedarValue>;
  parents: CedarUid[];
}

/** What a request carries besides principal, action and resource (`RequestContext` in the schema). */
export interface CedarContext {
  acting: { __entity: CedarUid };
  now: number;
  method: string;
  /** The submodule of the call (`logs`, `messages`, …) or `-` for the item itself. */
  submodule: string;
  [attr: string]: CedarValue;
}

export interface CedarRequest {
  principal: CedarUid;
  action: CedarUid;
  resource: CedarUid;
  context: CedarContext;
}
