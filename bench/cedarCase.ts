import { EntityStore, cedarRequests, exportCedar, tokenEntity } from '../src/cedar';
import { CedarAuthorizer, cedarVersion } from '../src/cedar/cedarWasm';
import { NOW, world } from './benchWorld';
import { fmt, ratio, table, time } from './measure';
import type { Question } from './singleChecksCase';

// Cedar (issue 23): the same single checks asked of Cedar on the exported large world, each request with the
// entities a gateway would send with it (prepared up front, like the questions); decisions per second, both.
export function cedarChecks(oursQs: readonly Question[], oursChecks: { ms: number; result: readonly boolean[] }): void {
  const cedarT0 = performance.now();
  const cedarExport = exportCedar(world, { asOf: NOW });
  const cedarExportMs = performance.now() - cedarT0;
  const cedarStore = new EntityStore(cedarExport.entities);
  const CEDAR_CHECKS = Number(process.env.BENCH_CEDAR_CHECKS ?? 2000);
  const sliceT0 = performance.now();
  const cedarQs = oursQs.slice(0, CEDAR_CHECKS).map((q) => {
    const principal = tokenEntity(q.p.token);
    return cedarRequests(q.p, q.req).map((r) => ({ r, entities: cedarStore.slice(r, principal) }));
  });
  const sliceMs = performance.now() - sliceT0;
  const cedarEngine = new CedarAuthorizer();
  const cedarChecks = time(3, () => cedarQs.map((rs) => rs.some(({ r, entities }) => cedarEngine.authorize(r, entities).allowed)), 1);
  const cedarAgree = cedarChecks.result.every((x, i) => x === oursChecks.result[i]);
  const perSecond = (n: number, ms: number): number => Math.round((n / ms) * 1000);
  const oursPerSecond = perSecond(oursQs.length, oursChecks.ms);
  const cedarPerSecond = perSecond(cedarQs.length, cedarChecks.ms);
  const avgSlice = cedarQs.reduce((n, rs) => n + (rs[0]?.entities.length ?? 0), 0) / Math.max(cedarQs.length, 1);
  console.log(
    `\n${table(
      ['Cedar (issue 23): single checks', 'decisions / s', 'module / Cedar'],
      [
        [`module: 10,000 checks in ${fmt(oursChecks.ms)} ms`, oursPerSecond.toLocaleString('en'), '1×'],
        [
          `Cedar ${cedarVersion()}: first ${cedarQs.length.toLocaleString('en')} of them in ${fmt(cedarChecks.ms)} ms`,
          cedarPerSecond.toLocaleString('en'),
          ratio(oursPerSecond, cedarPerSecond),
        ],
      ],
    )}`,
  );
  console.log(
    `\n- Cedar: answers identical to the module's: ${cedarAgree}; export of the world ${fmt(cedarExportMs)} ms (${cedarExport.entities.length.toLocaleString('en')} entities); per-request entities ${avgSlice.toFixed(1)} on average, sliced in ${fmt(sliceMs / Math.max(cedarQs.length, 1))} ms each (not timed above)`,
  );
}
