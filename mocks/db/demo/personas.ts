/**
 * The demo world's personas and their fixed token keys (../shared/spec/demo-world.md).
 * The README lists the same table; e2e tests log in with these.
 */
export interface Persona {
  /** Stable handle used by tests and the login page. */
  id: 'acme-admin' | 'northwind-ops' | 'dana' | 'toolbox-link' | 'trackit-link' | 'old-token';
  label: string;
  accountName: string;
  kind: 'master' | 'standard' | 'acl';
  key: string;
  /** Login must refuse this persona's key. */
  refused?: 'expired';
}

export const PERSONAS: readonly Persona[] = [
  {
    id: 'acme-admin',
    label: 'Acme admin',
    accountName: 'Acme Telematics',
    kind: 'master',
    key: 'yPhZ5u0kVqF3gswXVl0cdGwtVY7QIKOi1FXsjjvUTXakpQJJGzCIn6FNTCeTJKYl',
  },
  {
    id: 'northwind-ops',
    label: 'Northwind ops',
    accountName: 'Northwind Logistics',
    kind: 'standard',
    key: 'Ns3IDOAxIli6jq4xIbNZcmGiPfZXIvkuEwB55BdzSLvSQo1fBiLdXntEyocXLKJA',
  },
  { id: 'dana', label: 'Dana', accountName: 'Dana (supporter)', kind: 'standard', key: 'zESotC2uUVOPaVIFGQRioZsbomtT2DvN4wO4hpxTX60lxM0jhpFwSlMPdXksuUHA' },
  {
    id: 'toolbox-link',
    label: 'Toolbox link',
    accountName: 'Northwind Logistics',
    kind: 'acl',
    key: 'f4p10LtYFosbSh54lKF0d8Xw4jNeo3i1vDbBQw6YPwdVxtSlr6Hi3te4ASjvIl1Y',
  },
  {
    id: 'trackit-link',
    label: 'TrackIt link',
    accountName: 'Contoso Foods',
    kind: 'acl',
    key: 'GPCZ0uOxkDFJceZbQUCBZVonxV0LPKktWraKBVsKy1y3VVGoHBeuBuBLfTOgUiKJ',
  },
  {
    id: 'old-token',
    label: 'Old token',
    accountName: 'Contoso Foods',
    kind: 'standard',
    key: 'y9mh55lZlTxiR5bcRQ37zjbOAM1Xm3fIA5iuVwF5GoBOtoCMwG96UbZUlPAbgdP5',
    refused: 'expired',
  },
];

export const personaKey = (id: Persona['id']): string => {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`unknown persona ${id}`);
  return p.key;
};
