import type { HygieneFinding } from '../../../../permissions';

export const FINDING_KIND: Record<HygieneFinding['type'], string> = { grants: 'Grant', 'role-assignments': 'Role assignment' };

/** "grant “Reefer 12 support for Dana”" — for toasts, titles and button names. */
export const findingTitle = (f: Pick<HygieneFinding, 'type' | 'name'>): string => `${FINDING_KIND[f.type].toLowerCase()} “${f.name}”`;
