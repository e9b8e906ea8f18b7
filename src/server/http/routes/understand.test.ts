import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { problemPlugin } from '../plugins/problem.js';
import { understandRoutes } from './understand.js';

// The plugin with the app's error handling, without sign-in (the auth plugin is tested with the app).
const app = Fastify();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);

beforeAll(async () => {
  await app.register(problemPlugin);
  await app.register(understandRoutes, { db: {} as Db });
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

describe('POST /understand', () => {
  it('answers the Understanding of the text', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/understand',
      payload: { text: 'मेरे पिताजी के लिए लखनऊ में ऑक्सीजन बेड चाहिए, SpO2 82. संपर्क 9839012345' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      kind: 'request',
      resources: ['bed_oxygen'],
      spo2: 82,
      location: { city: 'Lucknow' },
      phones: ['+919839012345'],
      language: 'hi',
    });
  });

  it('refuses a missing, empty or too long text', async () => {
    for (const payload of [{}, { text: '' }, { text: 'x'.repeat(10_001) }, { text: 'ok', extra: 1 }]) {
      const response = await app.inject({ method: 'POST', url: '/understand', payload });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('refuses a body over its limit unread', async () => {
    const response = await app.inject({ method: 'POST', url: '/understand', payload: { text: 'ऑ'.repeat(20_000) } });
    expect(response.statusCode).toBe(413);
  });
});
