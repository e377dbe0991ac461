/**
 * A token's `ips`, as flespi has it: a comma-separated allow-list of client addresses and subnets
 * (`10.0.0.7, 192.168.1.0/24, 2001:db8::/32`); empty means any address. The in-browser backend's
 * requests come from localhost. The format is the dialect's; the rule that refuses a token is the
 * permission module's (`addressRefusal`).
 */

interface Net {
  v6: boolean;
  bits: bigint;
  prefix: number;
}

function ipv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => (n << 8n) | BigInt(p), 0n);
}

function ipv6(text: string): bigint | null {
  let s = text;
  let tail: bigint[] = [];
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4?.[1] && v4[2]) {
    const n = ipv4(v4[2]);
    if (n === null) return null;
    s = v4[1].endsWith('::') ? v4[1] : v4[1].slice(0, -1);
    tail = [n >> 16n, n & 0xffffn];
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string | undefined) => (h ? h.split(':') : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const hex = [...head, ...rest];
  if (!hex.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null;
  const missing = 8 - hex.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [
    ...head.map((g) => BigInt(`0x${g}`)),
    ...Array<bigint>(halves.length === 1 ? 0 : missing).fill(0n),
    ...rest.map((g) => BigInt(`0x${g}`)),
    ...tail,
  ];
  return all.reduce((n, g) => (n << 16n) | g, 0n);
}

const MAPPED_V4 = 0xffffn << 32n;

/** An address, IPv4-mapped IPv6 (`::ffff:127.0.0.1`, as Node reports IPv4 clients) read as IPv4. */
function address(text: string): { v6: boolean; bits: bigint } | null {
  const four = ipv4(text);
  if (four !== null) return { v6: false, bits: four };
  const six = ipv6(text);
  if (six === null) return null;
  return six >> 32n === MAPPED_V4 >> 32n ? { v6: false, bits: six & 0xffffffffn } : { v6: true, bits: six };
}

function net(entry: string): Net | null {
  const [addr = '', prefixText, extra] = entry.split('/');
  if (extra !== undefined) return null;
  const a = address(addr);
  if (!a) return null;
  const width = a.v6 ? 128 : 32;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? width : Number(prefixText);
  return prefix > width ? null : { ...a, prefix };
}

const entries = (ips: string): string[] =>
  ips
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');

/** Why a text is not an allow-list, as a phrase about the field (null: it is one). */
export function ipListProblem(ips: string): string | null {
  const bad = entries(ips).find((e) => net(e) === null);
  return bad === undefined ? null : `must list IP addresses or subnets, such as 10.0.0.7 or 192.168.1.0/24; "${bad.slice(0, 60)}" is neither`;
}

function inNet(n: Net, a: { v6: boolean; bits: bigint }): boolean {
  if (n.v6 !== a.v6) return false;
  const shift = BigInt((n.v6 ? 128 : 32) - n.prefix);
  return a.bits >> shift === n.bits >> shift;
}

/** Whether the token may be used from this client address. */
export function addressAllowed(ips: string, clientAddress: string): boolean {
  const list = entries(ips);
  if (list.length === 0) return true;
  const a = address(clientAddress);
  return (
    a !== null &&
    list.some((e) => {
      const n = net(e);
      return n !== null && inNet(n, a);
    })
  );
}
