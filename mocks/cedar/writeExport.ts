/** What `npm run export:cedar` does with a world: export it as of a time, write the three files, validate with Cedar. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { World } from '../../src/domain/types';
import { exportCedar, policiesText } from '../../src/cedar';
import type { CedarExport } from '../../src/cedar';
import { validateExport } from '../../src/cedar/cedarWasm';
import type { CedarValidation } from '../../src/cedar/cedarWasm';

export const EXPORT_FILES = ['schema.cedarschema.json', 'policies.cedar', 'entities.json'] as const;
type ExportFile = (typeof EXPORT_FILES)[number];

export interface WrittenExport {
  x: CedarExport;
  /** Bytes written per file. */
  bytes: Record<ExportFile, number>;
  validation: CedarValidation;
  /** Milliseconds: export, write, Cedar's validation. */
  ms: { exported: number; written: number; validated: number };
}

const since = (t: number): number => Math.round(performance.now() - t);

export function writeCedarExport(world: World, dir: string, asOf: number): WrittenExport {
  let t = performance.now();
  const x = exportCedar(world, { asOf });
  const exported = since(t);
  t = performance.now();
  const files: Record<ExportFile, string> = {
    'schema.cedarschema.json': `${JSON.stringify(x.schema, null, 2)}\n`,
    'policies.cedar': policiesText(),
    'entities.json': `${JSON.stringify(x.entities)}\n`,
  };
  mkdirSync(dir, { recursive: true });
  for (const name of EXPORT_FILES) writeFileSync(join(dir, name), files[name]);
  const written = since(t);
  t = performance.now();
  const validation = validateExport(x);
  const bytes = Object.fromEntries(EXPORT_FILES.map((n) => [n, Buffer.byteLength(files[n])])) as Record<ExportFile, number>;
  return { x, bytes, validation, ms: { exported, written, validated: since(t) } };
}
