// What a registration must hold beyond its shape: an adult of donating age, heavy enough to give at all, whose last
// donation has happened. Checked here, once, for every way in (the form, the public page, the conversation, a CSV
// row); each problem names its field.
import type { WeightBand } from '../../../shared/enums.js';
import { fullYears, kolkataDay } from './calendar.js';
import { nbtc2017Values } from './eligibility.js';

export interface RegistrationProblem {
  field: 'dateOfBirth' | 'weightBand' | 'weightKg' | 'lastDonation';
  code: 'donor_age' | 'donor_weight' | 'date_in_future';
}

export function registrationProblems(
  input: {
    dateOfBirth: string | null;
    weightBand: WeightBand | null;
    weightKg?: number | null;
    lastDonation?: string | null;
  },
  now: Date,
): RegistrationProblem[] {
  const problems: RegistrationProblem[] = [];
  const { minimum, maximum } = nbtc2017Values.age;
  // Someone over 65 may not give, and someone under 18 is a child whose data we should not hold. (Unknown until
  // the verification call for a donor who came by WhatsApp.)
  if (input.dateOfBirth !== null) {
    const age = fullYears(input.dateOfBirth, kolkataDay(now));
    // A birthday still to come is a slip of the keyboard, said as such rather than as the age rule.
    if (input.dateOfBirth > kolkataDay(now)) problems.push({ field: 'dateOfBirth', code: 'date_in_future' });
    else if (age < minimum || age > maximum) problems.push({ field: 'dateOfBirth', code: 'donor_age' });
  }
  const minimumKg = nbtc2017Values.weightKg.bag350AtLeast;
  if (input.weightKg != null && input.weightKg < minimumKg) problems.push({ field: 'weightKg', code: 'donor_weight' });
  else if (input.weightBand === '<45' && input.weightKg == null) {
    problems.push({ field: 'weightBand', code: 'donor_weight' });
  }
  // A donation "on" a day still to come would make the donor look able to give now.
  if (input.lastDonation != null && input.lastDonation > kolkataDay(now)) {
    problems.push({ field: 'lastDonation', code: 'date_in_future' });
  }
  return problems;
}
