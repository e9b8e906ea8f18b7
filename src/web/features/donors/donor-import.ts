// The import page's choices before a file is sent: the contract's limits, checked here so the person hears about
// a missing choice or an oversized file before waiting for an upload.
import type { DonorCategory } from '../../../shared/enums.js';

/** The contract's limit on the CSV (shared/contracts/donors.ts, donorImportBody). */
export const donorImportMaxBytes = 2 * 1024 * 1024;

export interface ImportSettings {
  organisationId: string;
  /** '' : each row names its district. */
  district: string;
  category: DonorCategory | '';
  consentPurpose: string;
}

/** The first thing still to choose before a preview ('organisationId' or 'csv'), or null when ready. */
export function importSettingsError(settings: ImportSettings, hasFile: boolean): 'organisationId' | 'csv' | null {
  if (settings.organisationId === '') return 'organisationId';
  if (!hasFile) return 'csv';
  return null;
}
