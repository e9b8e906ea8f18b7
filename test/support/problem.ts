import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

/** Asserts a problem+json answer with this status and code; returns the parsed body. */
export function expectProblem(
  response: LightMyRequestResponse,
  status: number,
  code: string,
): { title: string; detail?: string; code: string; errors?: Array<{ field: string; code: string; message: string }> } {
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as { status: number; code: string; title: string };
  expect({ status: response.statusCode, code: body.code }).toEqual({ status, code });
  expect(body.status).toBe(status);
  return response.json();
}
