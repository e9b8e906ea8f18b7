import type { DonorDraft } from './donor-draft';

/** What each section of the donor form gets: the draft, a way to change one field, and the messages by field. */
export interface DonorSectionProps {
  draft: DonorDraft;
  edit: <K extends keyof DonorDraft>(field: K, value: DonorDraft[K]) => void;
  /** By the body's field path (`dateOfBirth`, `deferrals.0.date`), in the language on screen. */
  errors: Record<string, string>;
  /** Today on the Kolkata calendar: the latest a date of birth or a past donation may be. */
  today: string;
}
