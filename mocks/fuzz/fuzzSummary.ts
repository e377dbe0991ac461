/** The fuzz run in words: figures for the README, and the list of what fails it. */
import type { FuzzReport } from './fuzzApi';
import type { Finding } from './runFuzz';

const sorted = (m: Record<string, number>): string =>
  Object.entries(m)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');

const show = (title: string, list: Finding[]): string[] =>
  list.length === 0
    ? []
    : [
        `${title} (${list.length}; first 10):`,
        ...list.slice(0, 10).map((f) => `  ${f.operation} as ${f.persona} [${f.mutation}] → ${f.status ?? 'no answer'}: ${f.problem}\n    ${f.request}`),
      ];

export function fuzzSummary({ figures: f, forcedResets, poisoning, alive }: FuzzReport): string {
  return [
    `fuzz (seed ${f.seed}): ${f.requests} requests, ${f.operations} operations × ${f.personas} personas, ${(f.durationMs / 1000).toFixed(1)} s`,
    `statuses: ${sorted(f.statuses)}`,
    `requests by mutation: ${sorted(f.mutations)}`,
    `server errors (5xx): ${f.serverErrors.length}; answers breaking the document: ${f.violations.length}; no answer: ${f.noAnswer.length}`,
    `prototype poisoning: ${poisoning ?? 'none'}; world reset from outside after a lock-out: ${forcedResets}; server alive at the end: ${alive ? 'yes' : 'NO'}`,
    ...show('5xx', f.serverErrors),
    ...show('answers breaking the document', f.violations),
    ...show('no answer', f.noAnswer),
  ].join('\n');
}

export function fuzzVerdict({ figures: f, poisoning, alive, forcedResets }: FuzzReport): string[] {
  return [
    ...(f.serverErrors.length ? [`${f.serverErrors.length} server errors`] : []),
    ...(f.violations.length ? [`${f.violations.length} answers break the document`] : []),
    ...(f.noAnswer.length ? [`${f.noAnswer.length} requests got no answer`] : []),
    ...(poisoning ? [`prototype poisoning: ${poisoning}`] : []),
    ...(alive ? [] : ['the server no longer answers']),
    // The root's own token could not reset the world: a request locked everyone out (the lock-out guard failed).
    ...(forcedResets ? [`${forcedResets} lock-out(s) of the root admin`] : []),
  ];
}
