// Reads the demo personas from mocks/db/demo/personas.ts (plain regex: no TypeScript runtime needed).
import { readFileSync } from 'node:fs';

export function readPersonas(file = new URL('../mocks/db/demo/personas.ts', import.meta.url)) {
  const text = readFileSync(file, 'utf8');
  const field = (line, name) => line.match(new RegExp(`${name}:\\s*'([^']*)'`))?.[1];
  return text
    .split('\n')
    .filter((line) => /\{\s*id:\s*'/.test(line) && /key:\s*'/.test(line))
    .map((line) => ({
      id: field(line, 'id'),
      label: field(line, 'label'),
      accountName: field(line, 'accountName'),
      kind: field(line, 'kind'),
      key: field(line, 'key'),
      refused: field(line, 'refused'),
    }));
}

export function personaTable(personas) {
  const rows = personas.map((p) => [p.label + (p.refused ? ` (${p.refused}, refused)` : ''), p.accountName, p.kind, p.key]);
  const head = ['persona', 'account', 'kind', 'key'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
