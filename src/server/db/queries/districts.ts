// Districts change only when the bundled reference data does (loaded at start from one file, the same
// for every database this process opens), so intake and the desk read them from memory.
import { districts } from '../schema/index.js';
import type { DbOrTx } from '../client.js';

export interface DistrictEntry {
  code: string;
  name: string;
  nameHi: string;
  stateCode: string;
}

let directory: Promise<Map<string, DistrictEntry>> | null = null;

export function districtDirectory(db: DbOrTx): Promise<Map<string, DistrictEntry>> {
  if (!directory) {
    const loading = db
      .select({ code: districts.code, name: districts.name, nameHi: districts.nameHi, stateCode: districts.stateCode })
      .from(districts)
      .then((rows) => {
        // An empty table means reference data is not loaded yet: do not remember that.
        if (rows.length === 0) directory = null;
        return new Map(rows.map((r) => [r.code, r]));
      });
    loading.catch(() => {
      directory = null;
    });
    directory = loading;
  }
  return directory;
}
