import { describe, expect, it } from 'vitest';
import { jobNameKey, knownJobNames } from './job-names';
import en from '../../../../locales/en/translation/jobs.json';
import hi from '../../../../locales/hi/translation/jobs.json';

describe('jobNameKey', () => {
  it('names each of the server jobs in words, in both languages', () => {
    for (const name of knownJobNames) {
      expect(jobNameKey(name)).toBe(`jobs.names.${name}`);
      expect(en.jobs.names[name]).toMatch(/\S/);
      expect(hi.jobs.names[name]).toMatch(/[\u0900-\u097F]/);
    }
  });

  it('has no words for a job it does not know, so the page shows its code name', () => {
    expect(jobNameKey('some-new-job')).toBeNull();
    expect(jobNameKey('toString')).toBeNull();
  });
});
