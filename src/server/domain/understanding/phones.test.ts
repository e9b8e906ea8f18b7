import { describe, expect, it } from 'vitest';
import { extractPhones } from './phones.js';

describe('extractPhones', () => {
  it.each([
    ['Call 9839012345', ['+919839012345']],
    ['split by a space: 98390 12345', ['+919839012345']],
    ['with dashes 983-901-2345', ['+919839012345']],
    ['+91 98390 12345 and +91-94151-23456', ['+919839012345', '+919415123456']],
    ['0 prefix 09839012345', ['+919839012345']],
    ['91 without plus 919839012345', ['+919839012345']],
    ['landline 0522-2257140', ['+915222257140']],
    ['Delhi landline 011-23214352', ['+911123214352']],
    ['(0522) 2257140', ['+915222257140']],
    ['+91-522-2257140', ['+915222257140']],
    ['toll free 1800 180 1104', ['+9118001801104']],
    ['two numbers 9839012345/+91 94151 23456', ['+919839012345', '+919415123456']],
    ['after an e-mail a.b@gmail.com,9734297527', ['+919734297527']],
    ['संपर्क: ९८३९०१२३४५', ['+919839012345']],
    ['same number twice 9839012345 or 98390-12345', ['+919839012345']],
    // More lines of one exchange after a slash take the STD code of the first.
    ['Kumar Gases 0422-2456781/2456782', ['+914222456781', '+914222456782']],
    ['Balaji Oxygen 044-28123456 / 28654321, 9876543210', ['+914428123456', '+914428654321', '+919876543210']],
    ['mobiles after a slash stand alone: 9876543210/8765432109', ['+919876543210', '+918765432109']],
    ["a lead site's export, the word glued on: Mark Unavailable Phone9876543210", ['+919876543210']],
    ['Mob9876543210 and Contact8765432109', ['+919876543210', '+918765432109']],
    ['a relative abroad +44 7911 123456, here 98390 12345', ['+919839012345']],
    ['dialled from abroad 0091 98390 12345', ['+919839012345']],
  ])('%s', (text, phones) => {
    expect(extractPhones(text)).toEqual(phones);
  });

  it.each([
    'verified at 7:14 PM on 05.05.2021',
    'date 2021-05-06 and 06/05/21',
    '3,285 deaths and 10,000 injections',
    '100-150 oxygen beds',
    'Aadhaar 2345 6789 0123',
    'aadhar no 9198 7654 3210',
    'SRF ID: 0712345678901',
    'BU number 9812345678',
    'tweet 1388512345678901234',
    'handle @DrAny04683552',
    'a handle ending in a phone word @CallPhone9876543210',
    'iPhone9876543210',
    'foreign +12345178991',
    'a British mobile written in groups +44 7911 123456',
    'an American one +1 (555) 912-3456',
    'dialled abroad 0044 7911 123456',
    '₹85 Lakhs, 8k deposit, 20K',
    'PIN 110002',
    'landline 23214352 without code',
  ])('not a phone: %s', (text) => {
    expect(extractPhones(text)).toEqual([]);
  });
});
