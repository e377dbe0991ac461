/**
 * BENCH_CPU_SLOWDOWN=<factor> (e.g. 2.2): a slower machine of the same kind, through Chromium's CPU throttling
 * (CDP `Emulation.setCPUThrottlingRate`), on the page and on the mock backend's SharedWorker. Playwright lists
 * dedicated workers only, so the shared one is reached through the browser's own CDP session.
 */
import type { Browser, Page } from '@playwright/test';

export const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);

export async function slowPage(page: Page): Promise<void> {
  if (CPU_SLOWDOWN === 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

interface TargetMessage {
  sessionId: string;
  message: string;
}

/** Throttles every shared and dedicated worker; says for each whether Chromium accepted it. */
export async function slowWorkers(browser: Browser): Promise<string[]> {
  if (CPU_SLOWDOWN === 1) return [];
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const workers = targetInfos.filter((t) => t.type === 'shared_worker' || t.type === 'worker');
  const answers = new Map<string, string>();
  // Events come on the same channel: only the answer to our command (id 1) counts.
  cdp.on('Target.receivedMessageFromTarget', (e: TargetMessage) => {
    if ((JSON.parse(e.message) as { id?: number }).id === 1) answers.set(e.sessionId, e.message);
  });
  const out: string[] = [];
  for (const w of workers) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: w.targetId, flatten: false });
    const message = JSON.stringify({ id: 1, method: 'Emulation.setCPUThrottlingRate', params: { rate: CPU_SLOWDOWN } });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message });
    for (let i = 0; i < 50 && !answers.has(sessionId); i++) await new Promise((r) => setTimeout(r, 20));
    await cdp.send('Target.detachFromTarget', { sessionId });
    out.push(`${w.type} ${w.url.split('/').pop() ?? ''}: ${answers.get(sessionId) ?? 'no answer'}`);
  }
  return out;
}
