// Loads the bundled geography (data/geography/india.json) into the database. Runs at every start
// but writes only when the file's content changed, so upgrades bring new districts in by themselves.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { districts, referenceData, states } from './schema/index.js';

export const geographyFile = fileURLToPath(new URL('../../../data/geography/india.json', import.meta.url));

export interface GeographyFile {
  states: Array<{
    code: string;
    lgd: number | null;
    name: string;
    nameHi: string;
    kind: 'state' | 'union_territory';
    lat: number;
    lon: number;
  }>;
  districts: Array<{
    code: string;
    lgd: number | null;
    state: string;
    name: string;
    nameHi: string;
    aliases?: string[];
    lat: number;
    lon: number;
  }>;
}

export function readGeography(): { data: GeographyFile; hash: string } {
  const raw = readFileSync(geographyFile);
  return {
    data: JSON.parse(raw.toString('utf8')) as GeographyFile,
    hash: createHash('sha256').update(raw).digest('hex'),
  };
}

export async function loadReferenceData(db: Db): Promise<{ changed: boolean }> {
  const { data, hash } = readGeography();
  const [current] = await db.select().from(referenceData).where(eq(referenceData.name, 'geography'));
  if (current?.hash === hash) return { changed: false };
  await db.transaction(async (tx) => {
    for (const s of data.states) {
      const row = { lgd: s.lgd, name: s.name, nameHi: s.nameHi, kind: s.kind, lat: s.lat, lon: s.lon };
      await tx
        .insert(states)
        .values({ code: s.code, ...row })
        .onConflictDoUpdate({ target: states.code, set: row });
    }
    const rows = data.districts.map((d) => ({
      code: d.code,
      lgd: d.lgd,
      stateCode: d.state,
      name: d.name,
      nameHi: d.nameHi,
      aliases: d.aliases ?? [],
      lat: d.lat,
      lon: d.lon,
    }));
    for (let i = 0; i < rows.length; i += 200) {
      await tx
        .insert(districts)
        .values(rows.slice(i, i + 200))
        .onConflictDoUpdate({
          target: districts.code,
          set: {
            lgd: sql`excluded.lgd`,
            stateCode: sql`excluded.state_code`,
            name: sql`excluded.name`,
            nameHi: sql`excluded.name_hi`,
            aliases: sql`excluded.aliases`,
            lat: sql`excluded.lat`,
            lon: sql`excluded.lon`,
          },
        });
    }
    await tx
      .insert(referenceData)
      .values({ name: 'geography', hash })
      .onConflictDoUpdate({ target: referenceData.name, set: { hash } });
  });
  return { changed: true };
}
