import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { publicRequestBody } from '../../shared/contracts/public.js';
import { ApiError } from '../api/api-error';
import { firstPerField, issuesFromProblem, issuesFromZod, withRule } from './field-issues';

const validPlea = {
  name: 'Sunita',
  phone: '98390 12345',
  needs: [{ resource: 'bed_oxygen', quantity: 1 }],
  district: 'UP-KANPUR-NAGAR',
  consent: true,
};

function issuesOf(body: unknown) {
  const result = publicRequestBody.safeParse(body);
  if (result.success) return [];
  return issuesFromZod(result.error);
}

describe('issuesFromZod', () => {
  it('codes the public form as the server does, with the bound that was crossed', () => {
    const issues = issuesOf({
      ...validPlea,
      name: '  ',
      phone: '12345',
      age: 250,
      spo2: 999,
      details: 'x'.repeat(2001),
      needs: [{ resource: '', quantity: 0 }],
      district: '',
      consent: false,
    });
    expect(issues).toEqual([
      { field: 'name', code: 'too_small', minimum: 1, kind: 'text' },
      { field: 'phone', code: 'invalid_phone' },
      { field: 'age', code: 'too_big', maximum: 120, kind: 'number' },
      { field: 'spo2', code: 'too_big', maximum: 100, kind: 'number' },
      { field: 'needs.0.resource', code: 'invalid_value' },
      { field: 'needs.0.quantity', code: 'too_small', minimum: 1, kind: 'number' },
      { field: 'district', code: 'invalid' },
      { field: 'details', code: 'too_big', maximum: 2000, kind: 'text' },
      { field: 'consent', code: 'invalid_value' },
    ]);
  });

  it('finds nothing wrong with a complete plea', () => {
    expect(issuesOf(validPlea)).toEqual([]);
  });

  it('says a missing field is required, and an empty list too short', () => {
    expect(
      issuesFromZod(z.object({ a: z.string(), b: z.array(z.number()).min(1) }).safeParse({ b: [] }).error!),
    ).toEqual([
      { field: 'a', code: 'required' },
      { field: 'b', code: 'too_small', minimum: 1, kind: 'list' },
    ]);
  });
});

describe('withRule', () => {
  it("adds the contract's kind and bounds to a server's issue, which carries neither", () => {
    expect(withRule({ field: 'spo2', code: 'too_big', message: 'Too large' }, publicRequestBody)).toEqual({
      field: 'spo2',
      code: 'too_big',
      message: 'Too large',
      kind: 'number',
      minimum: 30,
      maximum: 100,
    });
    expect(withRule({ field: 'unknown', code: 'invalid' }, publicRequestBody)).toEqual({
      field: 'unknown',
      code: 'invalid',
    });
  });
});

describe('issuesFromProblem', () => {
  it("keeps the server's field, code and words", () => {
    const error = new ApiError({
      status: 422,
      code: 'validation_failed',
      title: 'Some fields need attention',
      errors: [{ field: 'phone', code: 'invalid_phone', message: 'Enter a valid phone number.' }],
    });
    expect(issuesFromProblem(error)).toEqual([
      { field: 'phone', code: 'invalid_phone', message: 'Enter a valid phone number.' },
    ]);
    expect(issuesFromProblem(new Error('boom'))).toEqual([]);
  });
});

describe('firstPerField', () => {
  it('keeps the first issue of each field', () => {
    expect(
      firstPerField([
        { field: 'phone', code: 'too_small' },
        { field: 'phone', code: 'invalid_phone' },
        { field: 'name', code: 'too_small' },
      ]),
    ).toEqual([
      { field: 'phone', code: 'too_small' },
      { field: 'name', code: 'too_small' },
    ]);
  });
});

describe('issuesFromProblem', () => {
  it("keeps the bound the server names, so an empty required field reads as required, not 'at least 1'", () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      title: 'x',
      errors: [{ field: 'address', code: 'too_small', message: 'Too short or too small (at least 1).', minimum: 1 }],
    });
    expect(issuesFromProblem(error)).toEqual([
      { field: 'address', code: 'too_small', message: 'Too short or too small (at least 1).', minimum: 1 },
    ]);
  });
});
