// The admins' Jobs page names each background job in words (src/web/features/jobs/job-names.ts): a job added to the
// server's registry without words there shows only its code name, so this fails until it gets them.
import { describe, expect, it } from 'vitest';
import { jobDefinitions } from '../../src/server/jobs/job-registry.js';
import { jobNameKey } from '../../src/web/features/jobs/job-names.js';

describe("the Jobs page's words", () => {
  it('cover every job the server runs', () => {
    expect(jobDefinitions.map((job) => job.name).filter((name) => jobNameKey(name) === null)).toEqual([]);
  });
});
