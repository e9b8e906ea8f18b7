import type { DonorImportPreview } from '../../../shared/contracts/donors.js';
import type { Language } from '../../../shared/enums.js';
import type { Actor } from '../../../shared/permissions.js';
import type { Db } from '../../db/client.js';
import { maskPhone } from '../../domain/privacy/masking.js';
import { translatorFor } from '../../i18n.js';
import { checkDonorImport, type DonorImportInput } from './read-donor-import.js';

const maxProblems = 1000;
const maxSample = 200;

/** POST /donors/import/preview: what the file would do, row by row, in the caller's language; nothing is written. */
export async function previewDonorImport(
  db: Db,
  actor: Actor,
  body: DonorImportInput,
  language: Language,
): Promise<DonorImportPreview> {
  const checked = await checkDonorImport(db, actor, body, new Date());
  const t = translatorFor(language);
  const action = (input: { phone: string } | null): 'new' | 'update' | 'error' =>
    input === null ? 'error' : checked.registered.has(input.phone) ? 'update' : 'new';
  const actions = checked.rows.map((r) => action(r.input));
  const districtName = (code: string | null): string | null => {
    if (code === null) return null;
    const entry = checked.directory.get(code);
    return (language === 'hi' ? entry?.nameHi : entry?.name) ?? code;
  };
  return {
    rows: checked.rows.length,
    new: actions.filter((a) => a === 'new').length,
    updates: actions.filter((a) => a === 'update').length,
    errors: actions.filter((a) => a === 'error').length,
    columns: checked.columns,
    problems: checked.problems.slice(0, maxProblems).map((p) => ({
      row: p.row,
      field: p.field,
      column: p.column,
      code: p.code,
      message: t(`validation.${p.code}`, { ...p.params }),
    })),
    sample: checked.rows.slice(0, maxSample).map((r, i) => ({
      row: r.row,
      action: actions[i] ?? 'error',
      name: r.name,
      phone: r.phone === null ? null : maskPhone(r.phone),
      bloodGroup: r.bloodGroup,
      district: districtName(r.district),
      category: r.category,
    })),
  };
}
