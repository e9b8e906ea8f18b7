import { describe, expect, it } from 'vitest';
import { campFieldLabel } from './field-names';

describe("a camp plan's field as a problem names it", () => {
  it('finds its label, a list item by its heading', () => {
    expect(campFieldLabel('targetUnits')).toBe('camps.field.targetUnits');
    expect(campFieldLabel('organisationId')).toBe('camps.field.organisation');
    expect(campFieldLabel('coOrganisers.1.name')).toBe('camps.field.coOrganisers');
  });

  it('has no label for a field the form does not show', () => {
    expect(campFieldLabel('somethingElse')).toBeUndefined();
  });
});
