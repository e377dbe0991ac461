import { guardRoutes } from '../http/edgeGuard';
import { accessHandlers } from './access';
import { authHandlers } from './auth';
import { binHandlers } from './recycleBin/binHandlers';
import { granteeLinkHandlers } from './granteeLinks';
import { hygieneHandlers } from './hygiene';
import { previewHandlers } from './preview';
import { instanceHandlers } from './instanceResources';
import { limitHandlers } from './limits/limitHandlers';
import { moveHandlers } from './moves/moveHandlers';
import { mockAdminHandlers } from './mockAdmin';
import { openApiHandlers } from './openapi';
import { grants, roleAssignments, roles, subaccounts, tokens } from './platformResources';
import { receivedHandlers } from './received';

// guardRoutes: the HTTP edge (405, 400 on malformed paths, exceptions as logged 500s); see mocks/http/edgeGuard.ts.
export const handlers = guardRoutes([
  ...authHandlers,
  ...previewHandlers,
  ...binHandlers,
  ...hygieneHandlers,
  ...accessHandlers,
  ...granteeLinkHandlers,
  ...receivedHandlers,
  ...limitHandlers,
  ...moveHandlers,
  ...mockAdminHandlers,
  ...subaccounts,
  ...tokens,
  ...grants,
  ...roles,
  ...roleAssignments,
  ...instanceHandlers,
  ...openApiHandlers,
]);
