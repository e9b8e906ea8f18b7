import { describe, expect, it } from 'vitest';
import { extractMedicines } from './medicines.js';
import { prepareText } from './normalize.js';

const medicines = (text: string) => {
  const p = prepareText(text);
  return extractMedicines(
    p.inline,
    p.hashtags.map((h) => h.flat),
  );
};

describe('extractMedicines', () => {
  it.each([
    ['Need Remdesivir injection', ['remdesivir']],
    ['Ramdesevir urgently', ['remdesivir']],
    ['#Remedisivir available', ['remdesivir']],
    ['Covifor or Cipremi vials', ['remdesivir']],
    ['Fabiflu 200mg', ['favipiravir']],
    ['Actemra 400 / Toci', ['tocilizumab']],
    ['tocilizumab and itolizumab', ['tocilizumab', 'itolizumab']],
    ['Amphotericin B for black fungus', ['amphotericin_b']],
    ['Liposomal Amphotericin', ['amphotericin_b']],
    ['posaconazole 300', ['posaconazole']],
    ['Medrol 16 and dexona', ['methylprednisolone', 'dexamethasone']],
    ['रेमडेसिविर इंजेक्शन चाहिए', ['remdesivir']],
    ['#remdesivirinjection', ['remdesivir']],
    ['Dolo 650 and ivermectin', ['paracetamol', 'ivermectin']],
  ])('%s', (text, expected) => {
    expect(medicines(text)).toEqual(expected);
  });

  it('finds none in plain text', () => {
    expect(medicines('need oxygen cylinder and ICU bed in Pune')).toEqual([]);
  });
});
