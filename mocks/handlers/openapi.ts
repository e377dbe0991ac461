/**
 * `GET /openapi.json`: the dialect's OpenAPI 3.1 document, generated from the contracts. It names no
 * record, so it needs no token and takes no projection (the route table test lists it as the one open route).
 */
import { HttpResponse, http } from 'msw';
import { openApiDocument } from '../../src/contracts/openapi';
import { ENDPOINTS } from '../../src/contracts/endpoints';

export const openApiHandlers = [http.get(`*${ENDPOINTS.openapi}`, () => HttpResponse.json(openApiDocument()))];
