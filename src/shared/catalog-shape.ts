// The shape checks every translation catalog gets (the web app's and the server's message templates):
// dotted keys with their texts, objects whose keys are not sorted, and the {{placeholders}} of a text.

export type Catalog = { [key: string]: string | Catalog };

export function flattenCatalog(catalog: Catalog, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flattenCatalog(value, path)) flat.set(k, v);
  }
  return flat;
}

/** The objects whose keys are out of order (sorted catalogs keep diffs and reviews readable). */
export function unsortedCatalogObjects(catalog: Catalog, prefix = ''): string[] {
  const keys = Object.keys(catalog);
  const here = keys.join() === [...keys].sort().join() ? [] : [prefix || '(top level)'];
  return [
    ...here,
    ...keys.flatMap((key) => {
      const value = catalog[key];
      return typeof value === 'object' ? unsortedCatalogObjects(value, prefix === '' ? key : `${prefix}.${key}`) : [];
    }),
  ];
}

export const placeholdersOf = (text: string): (string | undefined)[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
