import { describe, expect, it } from 'vitest';
import { extractLocation } from './location.js';
import { prepareText } from './normalize.js';

const where = (text: string, useHandles = false) => extractLocation(prepareText(text), { useHandles });

describe('extractLocation', () => {
  it.each([
    ['need oxygen in Lucknow', 'Lucknow', 'Uttar Pradesh'],
    ['#Lucknow oxygen', 'Lucknow', 'Uttar Pradesh'],
    ['लखनऊ में बेड चाहिए', 'Lucknow', 'Uttar Pradesh'],
    ['कानपुर में ऑक्सीजन', 'Kanpur', 'Uttar Pradesh'],
    ['beds in Bombay', 'Mumbai', 'Maharashtra'],
    ['Gurgaon sector 45', 'Gurugram', 'Haryana'],
    ['Allahabad', 'Prayagraj', 'Uttar Pradesh'],
    ['patient at Andheri', 'Mumbai', 'Maharashtra'],
    ['Koramangala, need bed', 'Bengaluru', 'Karnataka'],
    ['#SOSBangalore', 'Bengaluru', 'Karnataka'],
    ['#covidchennai leads', 'Chennai', 'Tamil Nadu'],
    ['#Vizag #OxygenCylinders', 'Visakhapatnam', 'Andhra Pradesh'],
    ['Secunderabad railway hospital', 'Hyderabad', 'Telangana'],
    ['South West Delhi beds', 'Delhi', 'Delhi'],
    ['Sonia Hospital New Delhi', 'Delhi', 'Delhi'],
    ['Aurangabad, Bihar', 'Aurangabad', 'Bihar'],
    ['Aurangabad hospital', 'Aurangabad', 'Maharashtra'],
    ['Location: Ballabhgarh', 'Faridabad', 'Haryana'],
  ])('%s', (text, city, state) => {
    expect(where(text)).toMatchObject({ city, state });
  });

  it('takes the place the writer marks over others named around it', () => {
    const text = '#Hyderabad, #Chennai, #Mumbai, #Delhi Oxygen cylinders. Location: Hyderabad (door delivery)';
    expect(where(text).city).toBe('Hyderabad');
  });

  it('sets aside a list of cities served', () => {
    expect(where('Leads for Delhi, Mumbai, Lucknow, Pune and Patna on our site').city).toBeNull();
  });

  it('keeps a state named alone', () => {
    expect(where('#karnataka heading into lockdown')).toMatchObject({ city: null, state: 'Karnataka' });
  });

  it('reads a PIN code', () => {
    expect(where('Jawaharlal Nehru Marg, Delhi, 110002')).toMatchObject({
      city: 'Delhi',
      district: 'Central Delhi',
      state: 'Delhi',
      pincode: '110002',
    });
    expect(where('address pin 226001').pincode).toBe('226001');
    expect(where('Rs 110002 deposit').pincode).toBeNull();
  });

  it('needs a cue for names that are also words', () => {
    expect(where('bed mil gaya, thank you').city).toBeNull();
    expect(where('सागर में डूब गया').city).toBeNull();
    expect(where('Need bed in Gaya').city).toBe('Gaya');
    expect(where('ventilator needed, Sagar district').city).toBe('Sagar');
  });

  it('reads handles only when asked (requests tag their district officials)', () => {
    expect(where('@DC_Ranchi please help').city).toBeNull();
    expect(where('@DC_Ranchi please help', true).city).toBe('Ranchi');
  });

  it('finds nothing in text without places', () => {
    expect(where('need oxygen urgently please help')).toEqual({
      city: null,
      district: null,
      state: null,
      pincode: null,
    });
  });
});
