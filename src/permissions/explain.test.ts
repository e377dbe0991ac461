import { describe, expect, it } from 'vitest';
import type { Token } from '../domain/types';
import { describeAclReach, describeRule, explainDecision, ruleSource, summarizeRules } from './index';
import type { Decision, Rule } from './index';
import type { RefusalCode } from './types';

const grantRead: Rule = { kind: 'grant', grantId: 2, grantorCid: 1005, level: 'read' };
const grantEdit: Rule = { kind: 'grant', grantId: 2, grantorCid: 1005, level: 'edit' };
const role: Rule = { kind: 'role', assignmentId: 1, roleId: 3, roleName: 'reader', scope: '/accounts/1004' };
const own: Rule = { kind: 'branch', ownerCid: 1004, actingCid: 1004 };
const below: Rule = { kind: 'branch', ownerCid: 1004, actingCid: 1000 };
const operateAs: Rule = { kind: 'subaccount-grant', grantId: 5, subaccountCid: 1004, level: 'operate-as' };
const subRead: Rule = { kind: 'subaccount-grant', grantId: 4, subaccountCid: 1008, level: 'read' };

describe('describeRule', () => {
  it.each([
    [own, 'owned by account 1004 itself'],
    [below, 'in the branch of account 1000 (owner: account 1004)'],
    [grantEdit, 'grant #2 from account 1005, level edit'],
    [subRead, 'grant #4 on subaccount 1008 as a whole, level read'],
    [role, 'role "reader" (#3) over /accounts/1004, assignment #1'],
    [{ kind: 'catalog', roleId: 3, ownerCid: 0 } as Rule, 'built-in role #3'],
    [{ kind: 'catalog', roleId: 10, ownerCid: 1000 } as Rule, 'role #10 of ancestor account 1000, assignable here'],
  ])('%j', (rule, text) => expect(describeRule(rule)).toBe(text));
});

describe('summarizeRules', () => {
  it('merges the levels of one grant into one line, in first-seen order', () => {
    const s = summarizeRules([grantRead, role, grantEdit]);
    expect(s.map((x) => x.text)).toEqual(['grant #2: read, edit', 'role assignment #1: reader on account 1004 and below']);
    expect(s[0]).toMatchObject({ source: 'grant', grantId: 2, levels: ['read', 'edit'] });
  });
  it('names branch, operate-as and whole-subaccount grants', () => {
    expect(summarizeRules([own, below, operateAs, subRead]).map((x) => x.text)).toEqual([
      'own: account 1004',
      'branch: owner account 1004 is below account 1000',
      'grant #5 operate-as on subaccount 1004',
      'grant #4 on subaccount 1008: read',
    ]);
  });
  it('names accounts when told their names', () => {
    const name = (cid: number) => ({ 1000: 'Acme', 1004: 'Northwind', 1008: 'Lab' })[cid] ?? `#${cid}`;
    expect(summarizeRules([own, below, operateAs, subRead, role], name).map((x) => x.text)).toEqual([
      'own: account Northwind',
      'branch: owner account Northwind is below account Acme',
      'grant #5 operate-as on subaccount Northwind',
      'grant #4 on subaccount Lab: read',
      'role assignment #1: reader on account Northwind and below',
    ]);
  });
  it('does not share level arrays with a later call', () => {
    const a = summarizeRules([grantRead]);
    summarizeRules([grantRead, grantEdit]);
    expect(a[0]).toMatchObject({ levels: ['read'] });
  });
});

describe('ruleSource', () => {
  it.each([
    [own, 'branch'],
    [grantRead, 'grant'],
    [subRead, 'grant'],
    [operateAs, 'operate-as'],
    [role, 'role'],
  ] as const)('%j → %s', (rule, source) => expect(ruleSource(rule)).toBe(source));
});

describe('explainDecision', () => {
  const allowed: Decision = { allowed: true, status: 200, rules: [grantRead, grantEdit] };
  const refused = (code: RefusalCode, message: string, status: Decision['status'] = 404): Decision => ({
    allowed: false,
    status,
    rules: [],
    refusal: { code, message },
  });
  const hidden = refused('not-visible', 'Not found.');
  const dana = { subject: 'Dana (supporter)', item: 'Reefer 13' };
  const link = { subject: 'token “TrackIt link”', item: 'Reefer 13', account: 'Contoso Foods' };

  it('lists every rule of an allowed decision', () => {
    expect(explainDecision(allowed)).toBe('Allowed by: grant #2 from account 1005, level read; grant #2 from account 1005, level edit.');
  });
  it('without a context, says only the refusal (a hidden item is "Not found.")', () => {
    expect(explainDecision(hidden)).toBe('Not allowed: Not found.');
  });
  it('with a context, says by name who cannot see what, and why, without status, code, type or id', () => {
    const said = explainDecision(hidden, dana);
    expect(said).toBe(
      'Dana (supporter) cannot see Reefer 13: it is outside its own branch, and no grant, operate-as grant or active role assignment reaches it.',
    );
    expect(said).not.toMatch(/404|not-visible|#|devices/);
    expect(explainDecision(hidden, link)).toMatch(/^Token “TrackIt link” cannot see Reefer 13: it is outside the branch of Contoso Foods,/);
  });
  it.each([
    [
      'acl-id',
      "Not found (the token's access list does not cover this id).",
      'read',
      'Token “TrackIt link” cannot see Reefer 13: its access list does not include it.',
    ],
    [
      'acl-method',
      "The token's access list does not allow PUT on gw/devices for this item.",
      'update',
      'Token “TrackIt link” cannot change Reefer 13: its access list does not let it change it.',
    ],
    [
      'acl-submodule',
      "The token's access list does not allow the logs submodule for this item.",
      'logs',
      'Token “TrackIt link” cannot read the logs of Reefer 13: its access list does not let it read the logs of it.',
    ],
    [
      'acl-missing',
      "The token's access list has no entry for gw/devices.",
      'read',
      'Token “TrackIt link” cannot see Reefer 13: its access list has no entry for this kind of record.',
    ],
    [
      'no-rule',
      'No branch, grant or role gives devices:delete here.',
      'delete',
      'Token “TrackIt link” cannot delete Reefer 13: it can see it, but no branch, grant or role gives it the right to delete it.',
    ],
    ['token-disabled', 'The token is disabled.', 'read', 'Token “TrackIt link” cannot see Reefer 13: the token is disabled.'],
  ] as const)('%s in words', (code, message, action, said) => {
    expect(explainDecision(refused(code, message, 403), { ...link, action })).toBe(said);
  });
});

describe('describeAclReach', () => {
  const token = (acl: Token['access']['acl'], type: 0 | 1 | 2 = 2): Pick<Token, 'access'> => ({ access: { type, acl } });
  it('names the entries that cover the id', () => {
    const t = token([{ uri: 'gw/devices', methods: ['GET'], ids: 'all', submodules: [{ name: 'messages', methods: ['GET'] }] }]);
    expect(describeAclReach(t, 'devices', 7)).toBe('access list gw/devices: GET on all ids, submodules messages (GET)');
  });
  it('says when no entry covers it, and null for other kinds', () => {
    const t = token([{ uri: 'gw/devices', methods: ['GET'], ids: [301, 302] }]);
    expect(describeAclReach(t, 'devices', 303)).toBe('access list: no entry covers it');
    expect(describeAclReach(t, 'devices', 301)).toBe('access list gw/devices: GET on ids 301, 302');
    expect(describeAclReach(token([], 1), 'devices', 301)).toBeNull();
  });
});
