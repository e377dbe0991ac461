import type { Token } from '../../../src/domain/types';
import type { LargeWorldGen } from './generator';
import type { Owned } from './instances';

const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Tokens: a master token per account first (token id = account id), then tokens of any kind in random accounts. */
export function* tokensOf(g: LargeWorldGen, nTokens: number, nAccounts: number, owned: Owned): Generator<number, Token[], void> {
  const { rand, int, now } = g;
  const tokens: Token[] = [];
  for (let i = 0; i < nTokens; i++) {
    const cid = i < nAccounts ? i + 1 : g.randomCid();
    const kind = i < nAccounts ? 1 : ([0, 1, 2][int(3)] ?? 0);
    let key = '';
    for (let k = 0; k < 64; k++) key += KEY_CHARS[int(KEY_CHARS.length)];
    const ids = owned.devices.get(cid)?.slice(0, 5) ?? [];
    tokens.push({
      id: i + 1,
      cid,
      key,
      info: `token ${i + 1}`,
      enabled: rand() > 0.05,
      expire: rand() < 0.1 ? now - 3600 : now + 86_400 * 365,
      ttl: 0,
      created: now - 86_400,
      accessed: now - 60,
      ips: '',
      access: { type: kind as 0 | 1 | 2, acl: kind === 2 ? [{ uri: 'gw/devices', methods: ['GET'], ids: rand() < 0.5 ? 'all' : ids }] : [] },
    });
    if (g.worked()) yield g.progress();
  }
  return tokens;
}
