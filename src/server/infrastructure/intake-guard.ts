// The public form's limits, counted where every process sees them (the database) or, for tests and benchmarks that
// pass their own, in memory; judged by the pure rule in domain/public/intake-guard.ts.
import {
  defaultIntakeGuardPolicy,
  intakeWindowMs,
  judgeIntake,
  type GuardVerdict,
  type IntakeGuardPolicy,
} from '../domain/public/intake-guard.js';
import { MemoryRateCounters, type RateCounters } from './rate-counters.js';

export class IntakeGuard {
  constructor(
    readonly policy: IntakeGuardPolicy = defaultIntakeGuardPolicy,
    private readonly counters: RateCounters = new MemoryRateCounters(),
  ) {}

  /** Counts this attempt against its address and its phone, then judges it by its place in both counts. */
  async admit(ip: string, phone: string, hasSolvedChallenge: boolean): Promise<GuardVerdict> {
    const [byIp, byPhone] = await Promise.all([
      this.counters.hit(`form-ip:${ip}`, intakeWindowMs),
      this.counters.hit(`form-phone:${phone}`, intakeWindowMs),
    ]);
    return judgeIntake({ ipCount: byIp.count, phoneCount: byPhone.count }, hasSolvedChallenge, this.policy);
  }
}
