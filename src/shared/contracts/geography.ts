import { z } from 'zod';

export const stateView = z.object({
  code: z.string(),
  name: z.string(),
  nameHi: z.string(),
  kind: z.enum(['state', 'union_territory']),
});
export const districtView = z.object({
  code: z.string(),
  lgd: z.number().int().nullable(),
  state: z.string(),
  name: z.string(),
  nameHi: z.string(),
  lat: z.number(),
  lon: z.number(),
});
export type StateView = z.infer<typeof stateView>;
export type DistrictView = z.infer<typeof districtView>;
