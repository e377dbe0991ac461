import type { Grant } from '../../../../domain/types';
import { recordQueries } from '../../../../lib/recordQueries';

export const grantKeys = recordQueries<Grant>('grants');
