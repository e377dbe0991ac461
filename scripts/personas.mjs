// Reads the demo personas from mocks/db/demo/personas.ts (plain regex: no TypeScript runtime needed).
import { readFileSync } from 'node:fs';

export function readPersonas(file = new URL('../mocks/db/demo/personas.ts', import.meta.url)) {
  const text = readFileSync(file, 'utf8');
  const field = (block, name) => block.match(new RegExp(`${name}:\\s*'([^']*)'`))?.[1];
  // Each persona is an object literal with no nested braces, on one line or several (as Prettier lays it out).
  return (text.match(/\{[^{}]*\bid:\s*'[^']*'[^{}]*\bkey:\s*'[^']*'[^{}]*\}/g) ?? []).map((block) => ({
    id: field(block, 'id'),
    label: field(block, 'label'),
    accountName: field(block, 'accountName'),
    kind: field(block, 'kind'),
    key: field(block, 'key'),
    refused: field(block, 'refused'),
  }));
}

export function personaTable(personas) {
  const rows = personas.map((p) => [p.label + (p.refused ? ` (${p.refused}, refused)` : ''), p.accountName, p.kind, p.key]);
  const head = ['persona', 'account', 'kind', 'key'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
