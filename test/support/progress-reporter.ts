// Writes, as it happens, which test files and tests have started and ended to the file named by
// VITEST_PROGRESS_FILE. `npm test` reads it when a step has no end in its time, so CI's log names what was still
// running (a hang whose log shows only the files that finished cannot be found again).
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';

const file = process.env.VITEST_PROGRESS_FILE;

function note(event: string, what: string): void {
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ event, what, at: Date.now() })}\n`);
}

const nameOf = (module: TestModule): string => path.relative(process.cwd(), module.moduleId);
const caseName = (test: TestCase): string => `${nameOf(test.module)} › ${test.fullName}`;

export default class ProgressReporter implements Reporter {
  onTestModuleStart(module: TestModule): void {
    note('start', nameOf(module));
  }

  onTestModuleEnd(module: TestModule): void {
    note('end', nameOf(module));
  }

  onTestCaseReady(test: TestCase): void {
    note('start', caseName(test));
  }

  onTestCaseResult(test: TestCase): void {
    note('end', caseName(test));
  }
}
