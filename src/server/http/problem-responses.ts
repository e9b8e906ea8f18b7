import { problem } from '../../shared/contracts/common.js';

/** The problem+json responses every API route may give, for the OpenAPI document. */
export const problemResponses = {
  400: problem,
  401: problem,
  403: problem,
  404: problem,
  409: problem,
  413: problem,
  428: problem,
  429: problem,
} as const;
