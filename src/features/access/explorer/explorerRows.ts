/** One explorer row as text: what the table shows and the CSV holds (so the two always agree). */
import type { InstanceType } from '../../../domain/types';
import { summarizeRules } from '../../../permissions';
import type { ExplorerEntry } from './api/explorerKeys';
import { buildCsv } from './csv';

export const CSV_HEADER = ['Type', 'Id', 'Name', 'Account', 'Permissions', 'Reasons'] as const;

type Namer = (cid: number) => string;

/** `accountLabel` names accounts inside a reason (see `summarizeRules`). */
export const reasonTexts = (e: Pick<ExplorerEntry, 'rules' | 'acl'>, accountLabel?: Namer): string[] => [
  ...summarizeRules(e.rules, accountLabel).map((s) => s.text),
  ...(e.acl ? [e.acl] : []),
];

export function rowCells(e: ExplorerEntry, accountName: Namer, accountLabel: Namer): string[] {
  return [e.type, String(e.id), e.name, accountName(e.cid), e.permissions.join(', '), reasonTexts(e, accountLabel).join('; ')];
}

export const explorerCsv = (entries: readonly ExplorerEntry[], accountName: Namer, accountLabel: Namer): string =>
  buildCsv(
    CSV_HEADER,
    entries.map((e) => rowCells(e, accountName, accountLabel)),
  );

export const csvFileName = (subject: string, type: InstanceType): string => `access-${subject.replace(/[^\w-]+/g, '_')}-${type}.csv`;

/** Saves text as a file through a temporary link (the browser's own download). */
export function downloadText(text: string, fileName: string, mime = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
