import { describe, expect, it } from 'vitest';
import type { Token } from '../domain/types';
import { describeAclReach, describeRule, explainDecision, ruleSource, summarizeRules } from './index';
import type { Decision, Rule } from './index';

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
  const hidden: Decision = { allowed: false, status: 404, rules: [], refusal: { code: 'not-visible', message: 'Not found.' } };
  const aclId: Decision = {
    allowed: false,
    status: 404,
    rules: [],
    refusal: { code: 'acl-id', message: "Not found (the token's access list does not cover this id)." },
  };
  const ctx = { subject: 'account "Dana (supporter)" (#1007)', item: 'devices #313 "Reefer 13"' };

  it('lists every rule of an allowed decision', () => {
    expect(explainDecision(allowed)).toBe('Allowed by: grant #2 from account 1005, level read; grant #2 from account 1005, level edit.');
  });
  it('without a context, a hidden item says only "Not found."', () => {
    expect(explainDecision(hidden)).toBe('Refused (404, not-visible): Not found.');
  });
  it('with a context, says why the subject cannot see the item', () => {
    expect(explainDecision(hidden, ctx)).toBe(
      'Refused (404, not-visible): Not found. Account "Dana (supporter)" (#1007) cannot see devices #313 "Reefer 13": it is not in its branch, and no grant, operate-as grant or unexpired role assignment reaches it.',
    );
  });
  it('blames the access list for ACL refusals', () => {
    expect(explainDecision(aclId, ctx)).toMatch(/limited by its access list, which does not let it read devices #313 "Reefer 13"\.$/);
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
