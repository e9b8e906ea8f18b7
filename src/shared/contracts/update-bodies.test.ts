// An edit sends only what changed, and the server writes every field the parsed body holds: a default in an edit
// contract would overwrite what is stored (a case's conditions, a site's address) with the default.
import { describe, expect, it } from 'vitest';
import { updateCaseBody } from './cases.js';
import { updateDepotBody } from './depots.js';
import { updateItemBody } from './equipment.js';
import { updateOrganisationBody } from './organisations.js';
import { updateStockSiteBody } from './oxygen-stock.js';
import { updateVendorBody } from './refills.js';
import { updateSponsorBody } from './sponsors.js';

describe('edit contracts keep only the fields sent', () => {
  it.each([
    [
      'a case',
      updateCaseBody,
      { patient: { spo2: 90 }, requester: { name: 'Meena' }, location: { locality: 'Kidwai Nagar' } },
    ],
    ['a stock site', updateStockSiteBody, { name: 'Swaroop Nagar store' }],
    ['a sponsor', updateSponsorBody, { name: 'Rotary Club Kanpur' }],
    ['a depot', updateDepotBody, { active: false }],
    ['an item', updateItemBody, { label: 'K-07' }],
    ['a refill vendor', updateVendorBody, { active: false }],
    ['an organisation', updateOrganisationBody, { name: 'Kanpur Nagar Police' }],
  ])('%s', (_what, schema, body) => {
    expect(schema.parse(body)).toEqual(body);
  });
});
