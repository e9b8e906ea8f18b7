import { describe, expect, it } from 'vitest';
import { understand } from './understand.js';

const kind = (text: string) => understand(text).kind;

describe('kind', () => {
  it.each([
    'Need ICU bed in Hyderabad urgently, patient critical. 9849012345',
    'Looking for plasma donor B+ for my father at Apollo. Any leads? 9876543210',
    'Does anyone have a verified lead for an oxygen concentrator in Pune?',
    'Is oxygen available anywhere in Jaipur? My mother SpO2 is 85. 9414012345',
    'Remdesivir needed @someone ji please help',
    'मेरे पिताजी के लिए ऑक्सीजन सिलेंडर चाहिए, कृपया मदद करें 9839012345',
    'Kanpur me koi bed available hai kya? Papa ki tabiyat kharab hai 9936012345',
    'URGENT verified requirement: AB- blood, 2 units, at PGI. Contact 9815012345 #Verified',
  ])('request: %s', (text) => {
    expect(kind(text)).toBe('request');
  });

  it.each([
    '20 oxygen beds available, verified',
    'Oxygen cylinders available at Sharma Traders, Kirti Nagar. Call 9999012345. Verified at 2:30 PM',
    'For anyone who needs oxygen in Lucknow, contact 9415012345, free refills',
    'We are providing free food to covid patients in Pune. WhatsApp 9922012345',
    'Helpline numbers for remdesivir & oxygen in #Nashik #Verified',
    'ऑक्सीजन सिलेंडर किराये पर उपलब्ध है, संपर्क करें 9335012345',
    'I am O+ve, recovered 30 days ago, willing to donate plasma in Delhi. DM me',
  ])('offer: %s', (text) => {
    expect(kind(text)).toBe('offer');
  });

  it.each([
    'Delhi hospitals face acute oxygen shortage, several patients died, says health minister',
    'No need to panic, enough oxygen stock, says government',
    'Everyone please donate plasma, it saves lives',
    'Thank you all for arranging oxygen for my uncle, he is better now',
    'भोपाल में ऑक्सीजन की कमी से मरीजों की मौत, सरकार के दावे फेल',
    'Why is India exporting vaccines when people are not getting oxygen? Shame on @PMOIndia',
    'Been getting lots of requests for remdesivir from all over the country',
    '',
  ])('other: %s', (text) => {
    expect(kind(text)).toBe('other');
  });
});
