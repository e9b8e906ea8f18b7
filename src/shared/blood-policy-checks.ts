// What the bounds of each field of a blood policy cannot say: how the fields stand to one another. Shared, so the
// settings form says it under the box before sending and the server refuses the same things. Each problem names the
// field (its path in the request body) and a validation text (errors.json `validation.*`).

/** The parts of a blood policy these checks read. */
export interface PolicyRanges {
  radiusKm: { start: number; step: number; max: number };
  quietHours: { from: number; to: number };
}

export interface PolicyProblem {
  field: 'radiusKm.start' | 'radiusKm.step' | 'quietHours.to';
  code: 'radius_over_max' | 'quiet_hours_same';
  params?: { max: number };
}

export function bloodPolicyProblems(policy: PolicyRanges): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (policy.radiusKm.start > policy.radiusKm.max) {
    problems.push({ field: 'radiusKm.start', code: 'radius_over_max', params: { max: policy.radiusKm.max } });
  }
  if (policy.radiusKm.step > policy.radiusKm.max) {
    problems.push({ field: 'radiusKm.step', code: 'radius_over_max', params: { max: policy.radiusKm.max } });
  }
  // From 22 to 7 is the night; from 7 to 7 would be no hours at all, or every hour: refused as unclear.
  if (policy.quietHours.from === policy.quietHours.to) {
    problems.push({ field: 'quietHours.to', code: 'quiet_hours_same' });
  }
  return problems;
}
