import { describe, expect, it } from 'vitest';
import { understanding as u } from '../../../../test/factories/understanding.js';
import type { Understanding } from '../../../shared/contracts/understanding.js';
import { understand } from '../understanding/understand.js';
import { afterIntake, converse, statusReply, type ConverseInput } from './conversation.js';
import { readLastDonationAnswer } from './donor-registration.js';
import { newConversationState, readConversationState, type ConversationState, type Outcome } from './state.js';

const now = new Date('2024-05-01T10:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

interface Say {
  text?: string | null;
  replyId?: string | null;
  kind?: ConverseInput['message']['kind'];
  location?: { lat: number; lon: number } | null;
  understood?: Understanding | null;
  district?: string | null;
  senderIsPhone?: boolean;
  at?: Date;
}

function say(state: ConversationState | null, s: Say): Outcome {
  const text = s.text === undefined ? null : s.text;
  return converse({
    state,
    message: { text, replyId: s.replyId ?? null, kind: s.kind ?? 'text', location: s.location ?? null },
    understood: s.understood === undefined ? (text ? u() : null) : s.understood,
    senderIsPhone: s.senderIsPhone ?? true,
    now: s.at ?? now,
    districtFromText: s.district ?? null,
  });
}

const keys = (outcome: Pick<Outcome, 'replies'>) => outcome.replies.map((r) => r.key);

/** A whole conversation, each message answering the last outcome's state. */
function chat(messages: Say[], start: ConversationState | null = null): Outcome[] {
  const outcomes: Outcome[] = [];
  let state = start;
  for (const message of messages) {
    const outcome = say(state, message);
    outcomes.push(outcome);
    state = outcome.state;
  }
  return outcomes;
}

describe('greetings and the menu', () => {
  it('"नमस्ते" shows the menu in Hindi', () => {
    const out = say(null, { text: 'नमस्ते', understood: u({ language: 'hi' }) });
    expect(keys(out)).toEqual(['menu']);
    expect(out.state.language).toBe('hi');
    expect(out.state.step).toBe('menu');
    expect(out.action).toBeNull();
  });

  it.each(['hi', 'Hello!', 'namaste', 'MENU', 'मेनू', 'नमस्कार।'])('"%s" shows the menu', (text) => {
    expect(keys(say(null, { text }))).toEqual(['menu']);
  });

  it('a greeting in English answers in English; namaste in Latin letters in Hindi', () => {
    expect(say(null, { text: 'hello' }).state.language).toBe('en');
    expect(say(null, { text: 'namaste' }).state.language).toBe('hi');
  });

  it('1 at the menu starts a plea: what do you need?', () => {
    const [, one] = chat([{ text: 'hi' }, { text: '1' }]);
    expect(keys(one!)).toEqual(['ask_need']);
    expect(one!.state.step).toBe('ask_need');
  });

  it.each([
    ['१', 'ask_need'],
    ['2', 'donor_ask_group'],
    ['२', 'donor_ask_group'],
    ['3.', 'lead_volunteer_thanks'],
    ['३', 'lead_volunteer_thanks'],
    ['0', 'menu'],
    ['०', 'menu'],
  ])('"%s" at the menu → %s', (text, key) => {
    const [, out] = chat([{ text: 'नमस्ते' }, { text }]);
    expect(keys(out!)).toEqual([key]);
  });

  it('menu 2 starts a donor registration; 3 is a lead for the inbox', () => {
    const [, donor] = chat([{ text: 'hi' }, { text: '2' }]);
    expect(donor!.action).toBeNull();
    expect(donor!.state.step).toBe('donor_group');
    const [, volunteer] = chat([{ text: 'hi' }, { text: '3' }]);
    expect(volunteer!.action).toEqual({ type: 'lead', kind: 'volunteer', text: '3' });
  });

  it('buttons work by reply id, at the menu or not', () => {
    expect(keys(say(null, { text: 'I need help', replyId: 'menu_need' }))).toEqual(['ask_need']);
    expect(keys(say(null, { text: 'Donate blood', replyId: 'menu_donate' }))).toEqual(['donor_ask_group']);
    expect(say(null, { text: 'Volunteer', replyId: 'menu_volunteer' }).action).toMatchObject({ kind: 'volunteer' });
  });

  it('a digit away from the menu is not a menu choice', () => {
    const out = say(newConversationState('hi', now), { text: '2' });
    expect(out.action).toBeNull();
    expect(keys(out)).toEqual(['not_understood']);
  });

  it('something else at the menu gets a hint, and a plea at the menu is a plea', () => {
    const [, other] = chat([{ text: 'hi' }, { text: 'ok' }]);
    expect(keys(other!)).toEqual(['ask_again.menu']);
    const [, plea] = chat([
      { text: 'hi' },
      { text: 'Need oxygen in Kanpur', understood: u({ kind: 'request', resources: ['oxygen'] }), district: 'KNP' },
    ]);
    expect(plea!.action).toMatchObject({ type: 'open_or_attach_case' });
  });
});

describe('a plea gathered one question at a time', () => {
  it('"B+ blood chahiye Kanpur" opens a case at once, in Hindi', () => {
    const out = say(null, {
      text: 'B+ blood chahiye Kanpur',
      understood: u({ kind: 'request', resources: ['blood'], bloodGroups: ['B+'], language: 'en' }),
      district: 'KNP',
    });
    expect(out.replies).toEqual([]);
    expect(out.state.language).toBe('hi');
    expect(out.action).toEqual({
      type: 'open_or_attach_case',
      draft: {
        resources: ['blood'],
        bloodGroups: ['B+'],
        district: 'KNP',
        phone: null,
        spo2: null,
        age: null,
        texts: ['B+ blood chahiye Kanpur'],
      },
    });
  });

  it('"Need oxygen" asks the district in English; "Lucknow" then opens the case', () => {
    const [first, second] = chat([
      { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) },
      { text: 'Lucknow', district: 'LKO' },
    ]);
    expect(keys(first!)).toEqual(['ask_district']);
    expect(first!.state.language).toBe('en');
    expect(first!.state.step).toBe('ask_district');
    expect(second!.state.language).toBe('en');
    expect(second!.action).toEqual({
      type: 'open_or_attach_case',
      draft: expect.objectContaining({ resources: ['oxygen'], district: 'LKO', texts: ['Need oxygen', 'Lucknow'] }),
    });
    expect(second!.replies).toEqual([]);
    expect(second!.state.step).toBe('idle');
  });

  it('a one-word answer in Latin letters keeps a Hindi conversation in Hindi', () => {
    const [, second] = chat([
      { text: 'ऑक्सीजन चाहिए', understood: u({ kind: 'request', resources: ['oxygen'], language: 'hi' }) },
      { text: 'Lucknow', district: 'LKO' },
    ]);
    expect(second!.state.language).toBe('hi');
  });

  it('a clearly English message switches a Hindi conversation to English, and back', () => {
    const [first, second, third] = chat([
      { text: 'नमस्ते' },
      { text: 'I need an ICU bed please', understood: u({ kind: 'request', resources: ['bed_icu'] }) },
      { text: 'लखनऊ में', understood: u({ language: 'hi' }), district: 'LKO' },
    ]);
    expect(first!.state.language).toBe('hi');
    expect(second!.state.language).toBe('en');
    expect(third!.state.language).toBe('hi');
  });

  it('Hinglish (mixed) is Hindi', () => {
    const out = say(null, {
      text: 'oxygen cylinder ki jarurat',
      understood: u({ kind: 'request', resources: ['oxygen_cylinder'], language: 'mixed' }),
    });
    expect(out.state.language).toBe('hi');
    expect(keys(out)).toEqual(['ask_district']);
  });

  it('a need word the engine dropped still answers "what do you need?"', () => {
    const [, second, third] = chat([
      { text: '1', replyId: 'menu_need' },
      { text: 'oxygen' },
      { text: 'Kanpur', district: 'KNP' },
    ]);
    expect(keys(second!)).toEqual(['ask_district']);
    expect(second!.state.draft.resources).toEqual(['oxygen']);
    expect(third!.action).toMatchObject({ type: 'open_or_attach_case', draft: { resources: ['oxygen'] } });
  });

  it('a blood group alone answers the need with blood', () => {
    const [, second] = chat([{ text: '1', replyId: 'menu_need' }, { text: 'O-ve' }]);
    expect(second!.state.draft).toMatchObject({ resources: ['blood'], bloodGroups: ['O-'] });
  });

  it('"मुझे मदद चाहिए" (need, no need named) asks what is needed', () => {
    const out = say(null, { text: 'मुझे मदद चाहिए', understood: u({ language: 'hi' }) });
    expect(keys(out)).toEqual(['ask_need']);
    expect(out.state.language).toBe('hi');
  });

  it('keeps spo2 and age, and the latest district wins', () => {
    const [, second] = chat([
      {
        text: 'father needs icu bed, spo2 82, age 64',
        understood: u({ kind: 'request', resources: ['bed_icu'], spo2: 82, age: 64 }),
      },
      { text: 'Prayagraj', district: 'PRY' },
    ]);
    expect(second!.action).toMatchObject({ draft: { spo2: 82, age: 64, district: 'PRY', resources: ['bed_icu'] } });
  });

  it('a Facebook sender without a number is asked for one', () => {
    const [first, second] = chat([
      {
        text: 'Need plasma in Patna',
        understood: u({ kind: 'request', resources: ['plasma'] }),
        district: 'PTN',
        senderIsPhone: false,
      },
      { text: 'call 98390 12345', understood: u({ phones: ['+919839012345'] }), senderIsPhone: false },
    ]);
    expect(keys(first!)).toEqual(['ask_phone']);
    expect(second!.action).toMatchObject({ type: 'open_or_attach_case', draft: { phone: '+919839012345' } });
  });

  it('an answer the engine reads as an offer ("call me on …") still answers the question', () => {
    const [, second] = chat([
      {
        text: 'Need ICU bed in Kanpur',
        understood: u({ kind: 'request', resources: ['bed_icu'] }),
        district: 'KNP',
        senderIsPhone: false,
      },
      {
        text: 'call me on 98390 12345',
        understood: u({ kind: 'offer', phones: ['+919839012345'] }),
        senderIsPhone: false,
      },
    ]);
    expect(second!.action).toMatchObject({ type: 'open_or_attach_case', draft: { phone: '+919839012345' } });
  });

  it('a number the engine did not read, even in Devanagari digits, still answers', () => {
    const [, second] = chat([
      {
        text: 'Need plasma',
        understood: u({ kind: 'request', resources: ['plasma'] }),
        district: 'PTN',
        senderIsPhone: false,
      },
      { text: '९८३९०१२३४५', senderIsPhone: false },
    ]);
    expect(second!.action).toMatchObject({ draft: { phone: '+919839012345' } });
  });

  it('a number in the plea itself means no question for a Facebook sender', () => {
    const out = say(null, {
      text: 'Need oxygen Kanpur call 9839012345',
      understood: u({ kind: 'request', resources: ['oxygen'], phones: ['+919839012345'] }),
      district: 'KNP',
      senderIsPhone: false,
    });
    expect(out.action).toMatchObject({ type: 'open_or_attach_case' });
  });

  it('asks again once with a hint, then hands over to a person', () => {
    const [first, second, third] = chat([
      { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) },
      { text: 'near the big temple' },
      { text: 'my home' },
    ]);
    expect(keys(first!)).toEqual(['ask_district']);
    expect(keys(second!)).toEqual(['ask_again.district']);
    expect(second!.state.retries).toBe(1);
    expect(keys(third!)).toEqual(['handover']);
    expect(third!.action).toEqual({
      type: 'handover',
      draft: expect.objectContaining({ resources: ['oxygen'], district: null }),
      missing: ['district'],
    });
    expect(third!.state.step).toBe('idle');
  });

  it('a late answer after the hand-over still completes the plea', () => {
    const outcomes = chat([
      { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) },
      { text: 'near the big temple' },
      { text: 'my home' },
      { text: 'Kanpur', district: 'KNP' },
    ]);
    expect(outcomes[3]!.action).toMatchObject({ type: 'open_or_attach_case', draft: { district: 'KNP' } });
  });

  it('hands over when the need never comes, and when a Facebook number never comes', () => {
    const need = chat([{ text: '1', replyId: 'menu_need' }, { text: 'please' }, { text: 'please help' }]);
    expect(keys(need[1]!)).toEqual(['ask_again.need']);
    expect(need[2]!.action).toMatchObject({ type: 'handover', missing: ['need', 'district'] });
    const phone = chat([
      {
        text: 'Need plasma',
        understood: u({ kind: 'request', resources: ['plasma'] }),
        district: 'PTN',
        senderIsPhone: false,
      },
      { text: 'no', senderIsPhone: false },
      { text: 'why', senderIsPhone: false },
    ]);
    expect(keys(phone[1]!)).toEqual(['ask_again.phone']);
    expect(phone[2]!.action).toMatchObject({ type: 'handover', missing: ['phone'] });
  });

  it('answering one question then missing the next starts the count afresh', () => {
    const [, second, third] = chat([{ text: '1', replyId: 'menu_need' }, { text: 'bed' }, { text: 'somewhere' }]);
    expect(keys(second!)).toEqual(['ask_district']);
    expect(keys(third!)).toEqual(['ask_again.district']);
  });

  it('a shared location answers the district when the caller resolved it', () => {
    const [, resolved] = chat([
      { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) },
      { text: null, kind: 'location', location: { lat: 26.85, lon: 80.95 }, district: 'LKO' },
    ]);
    expect(resolved!.action).toMatchObject({ type: 'open_or_attach_case', draft: { district: 'LKO' } });
    const [, unresolved] = chat([
      { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) },
      { text: null, kind: 'location', location: { lat: 1, lon: 1 } },
    ]);
    expect(keys(unresolved!)).toEqual(['ask_again.district']);
  });

  it('a shared location out of the blue starts a plea', () => {
    const out = say(null, {
      text: 'Civil Lines',
      kind: 'location',
      location: { lat: 26.4, lon: 80.3 },
      district: 'KNP',
    });
    expect(keys(out)).toEqual(['ask_need']);
    expect(out.state.draft.district).toBe('KNP');
  });

  it('a message out of the blue on first contact gets the welcome; later, a nudge', () => {
    const [first, second] = chat([{ text: 'what is this' }, { text: 'ok' }]);
    expect(keys(first!)).toEqual(['welcome']);
    expect(first!.state.step).toBe('menu');
    expect(keys(second!)).toEqual(['ask_again.menu']);
    expect(keys(say(newConversationState('en', now), { text: 'thanks a lot' }))).toEqual(['not_understood']);
  });

  it('a question left overnight is forgotten', () => {
    const [first, second] = chat([
      { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) },
      { text: 'hello there', at: later(13 * 60) },
    ]);
    expect(first!.state.step).toBe('ask_district');
    expect(second!.state.step).toBe('idle');
    expect(second!.state.draft.resources).toEqual([]);
    expect(keys(second!)).toEqual(['not_understood']);
  });

  it('keeps at most ten texts in a draft', () => {
    let state: ConversationState | null = null;
    for (let i = 0; i < 12; i += 1) {
      state = say(state, { text: `need help ${i}`, senderIsPhone: false, at: later(i) }).state;
      state = { ...state, retries: 0 };
    }
    expect(state!.draft.texts).toHaveLength(10);
    expect(state!.draft.texts[0]).toBe('need help 0');
  });
});

describe('after intake', () => {
  const plea = () =>
    say(null, {
      text: 'Need oxygen in Kanpur',
      understood: u({ kind: 'request', resources: ['oxygen'] }),
      district: 'KNP',
    });

  it('says the case is open with its reference, and remembers it', () => {
    const { state, replies } = afterIntake(plea().state, { reference: 'KNP-4F7Q', attached: false });
    expect(replies).toEqual([{ key: 'case_opened', params: { reference: 'KNP-4F7Q' } }]);
    expect(state.caseReference).toBe('KNP-4F7Q');
    expect(state.draft).toMatchObject({ resources: [], texts: [], district: 'KNP' });
  });

  it('a joined case says so', () => {
    const { replies } = afterIntake(plea().state, { reference: 'KNP-4F7Q', attached: true });
    expect(replies).toEqual([{ key: 'case_attached', params: { reference: 'KNP-4F7Q' } }]);
  });

  it('a second plea goes to the desk again at once, and the reply is the short one', () => {
    const first = afterIntake(plea().state, { reference: 'KNP-4F7Q', attached: false }).state;
    const again = say(first, { text: 'also need plasma', understood: u({ kind: 'request', resources: ['plasma'] }) });
    expect(again.action).toMatchObject({
      type: 'open_or_attach_case',
      draft: { resources: ['plasma'], district: 'KNP' },
    });
    expect(again.replies).toEqual([]);
    expect(keys(afterIntake(again.state, { reference: 'KNP-4F7Q', attached: true }))).toEqual(['case_attached']);
    expect(keys(afterIntake(again.state, { reference: 'KNP-9ZZZ', attached: false }))).toEqual(['case_opened_again']);
  });

  it('anything else from someone with a case is noted with the reference', () => {
    const state = afterIntake(plea().state, { reference: 'KNP-4F7Q', attached: false }).state;
    const out = say(state, { text: 'thank you so much' });
    expect(out.replies).toEqual([{ key: 'noted', params: { reference: 'KNP-4F7Q' } }]);
    expect(out.action).toBeNull();
  });
});

describe('commands', () => {
  it.each([
    ['STATUS KNP-4F7Q', 'KNP-4F7Q'],
    ['status knp-4f7q', 'KNP-4F7Q'],
    ['Status: knp 4fOq', 'KNP-4F0Q'],
    ['स्थिति KNP-4F7Q', 'KNP-4F7Q'],
    ['KNP-4F7Q', 'KNP-4F7Q'],
    ['status lck-1234', 'LCK-1234'],
  ])('"%s" asks after %s', (text, reference) => {
    const out = say(null, { text });
    expect(out.action).toEqual({ type: 'status', reference });
    expect(out.replies).toEqual([]);
  });

  it('STATUS alone asks after the conversation’s case, or explains itself', () => {
    const state = { ...newConversationState('en', now), caseReference: 'PTN-AB12' };
    expect(say(state, { text: 'STATUS' }).action).toEqual({ type: 'status', reference: 'PTN-AB12' });
    expect(keys(say(null, { text: 'status' }))).toEqual(['status_usage']);
    expect(keys(say(state, { text: 'status of my request' }))).toEqual(['status_usage']);
  });

  it('statusReply names the status, or says the case was not found', () => {
    expect(statusReply('hi', { reference: 'KNP-4F7Q', status: 'matched' })).toEqual({
      key: 'status.matched',
      params: { reference: 'KNP-4F7Q' },
    });
    expect(statusReply('en', null)).toEqual({ key: 'status.not_found', params: {} });
  });

  it('STOP opts out, and then there is silence', () => {
    const [stop, hello, plea, status, sticker] = chat([
      { text: 'STOP' },
      { text: 'hello' },
      { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) },
      { text: 'STATUS KNP-4F7Q' },
      { text: null, kind: 'unsupported' },
    ]);
    expect(stop!.action).toEqual({ type: 'opt_out' });
    expect(keys(stop!)).toEqual(['opted_out']);
    expect(stop!.state.optedOut).toBe(true);
    for (const out of [hello!, plea!, status!, sticker!]) {
      expect(out.replies).toEqual([]);
      expect(out.action).toBeNull();
    }
  });

  it.each(['stop', 'Stop.', 'UNSUBSCRIBE', 'बंद', 'रोकें'])('"%s" opts out', (text) => {
    expect(say(null, { text }).action).toEqual({ type: 'opt_out' });
  });

  it('a complete plea from an opted-out sender still reaches the desk, silently', () => {
    const [, plea] = chat([
      { text: 'STOP' },
      { text: 'Need oxygen Kanpur', understood: u({ kind: 'request', resources: ['oxygen'] }), district: 'KNP' },
    ]);
    expect(plea!.replies).toEqual([]);
    expect(plea!.action).toMatchObject({ type: 'open_or_attach_case', draft: { district: 'KNP' } });
    expect(afterIntake(plea!.state, { reference: 'KNP-4F7Q', attached: false }).replies).toEqual([]);
  });

  it.each(['START', 'start', 'शुरू'])('"%s" opts back in', (text) => {
    const [, start] = chat([{ text: 'STOP' }, { text }]);
    expect(start!.action).toEqual({ type: 'opt_in' });
    expect(keys(start!)).toEqual(['opted_in']);
    expect(start!.state.optedOut).toBe(false);
  });

  it.each(['HELP', 'help', 'मदद', 'सहायता'])('"%s" gets the help text and keeps the question open', (text) => {
    const [, help] = chat([
      { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) },
      { text },
    ]);
    expect(keys(help!)).toEqual(['help']);
    expect(help!.state.step).toBe('ask_district');
  });

  it('a command in English does not switch a Hindi conversation', () => {
    const [, status] = chat([{ text: 'नमस्ते' }, { text: 'STATUS KNP-4F7Q' }]);
    expect(status!.state.language).toBe('hi');
    expect(say(null, { text: 'STATUS KNP-4F7Q' }).state.language).toBe('en');
    expect(say(null, { text: 'स्थिति KNP-4F7Q' }).state.language).toBe('hi');
  });

  it('a keyword inside a sentence is not a command', () => {
    const out = say(null, {
      text: 'please help, need oxygen',
      understood: u({ kind: 'request', resources: ['oxygen'] }),
    });
    expect(keys(out)).toEqual(['ask_district']);
  });
});

describe('offers and what we cannot read', () => {
  it('an offer of help is a lead with thanks', () => {
    const text = 'I have 2 oxygen cylinders available in Kanpur';
    const out = say(null, { text, understood: u({ kind: 'offer', resources: ['oxygen_cylinder'] }), district: 'KNP' });
    expect(out.action).toEqual({ type: 'lead', kind: 'offer', text });
    expect(keys(out)).toEqual(['lead_offer_thanks']);
  });

  it('an offer of blood or plasma is a donor', () => {
    const out = say(null, { text: 'I can donate plasma, O+', understood: u({ kind: 'offer', resources: ['plasma'] }) });
    expect(out.action).toMatchObject({ type: 'lead', kind: 'donor' });
    expect(keys(out)).toEqual(['lead_donor_thanks']);
  });

  it('a sticker or voice note gets one polite reply, not one each', () => {
    const [first, second, third] = chat([
      { kind: 'unsupported' },
      { kind: 'unsupported', at: later(1) },
      { kind: 'unsupported', at: later(15) },
    ]);
    expect(keys(first!)).toEqual(['unsupported']);
    expect(first!.action).toBeNull();
    expect(second!.replies).toEqual([]);
    expect(keys(third!)).toEqual(['unsupported']);
  });

  it('a photo without a caption is unsupported; with one, it is read', () => {
    expect(keys(say(null, { kind: 'image', text: null }))).toEqual(['unsupported']);
    const captioned = say(null, {
      kind: 'image',
      text: 'need this medicine in Kanpur',
      understood: u({ kind: 'request', resources: ['medicine'] }),
      district: 'KNP',
    });
    expect(captioned.action).toMatchObject({ type: 'open_or_attach_case' });
  });

  it('an unsupported message leaves the open question as it was', () => {
    const [, sticker] = chat([
      { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) },
      { kind: 'unsupported' },
    ]);
    expect(sticker!.state.step).toBe('ask_district');
    expect(sticker!.state.retries).toBe(0);
  });
});

describe('missed calls', () => {
  it('asks what is needed, or gives the case status when there is one', () => {
    const out = say(null, { kind: 'missed_call' });
    expect(keys(out)).toEqual(['missed_call']);
    expect(out.state.step).toBe('ask_need');
    const known = { ...newConversationState('hi', now), caseReference: 'KNP-4F7Q' };
    expect(say(known, { kind: 'missed_call' }).action).toEqual({ type: 'status', reference: 'KNP-4F7Q' });
  });
});

describe('stored state', () => {
  it('round-trips through JSON', () => {
    const out = say(null, { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) });
    expect(readConversationState(JSON.parse(JSON.stringify(out.state)))).toEqual(out.state);
  });

  it('forgives missing and broken fields, and rejects what is not a state', () => {
    const state = readConversationState({ language: 'en', step: 'nonsense', updatedAt: now.toISOString() });
    expect(state).toMatchObject({ language: 'en', step: 'idle', optedOut: false, retries: 0, caseReference: null });
    expect(state?.draft.resources).toEqual([]);
    expect(readConversationState({})).toBeNull();
    expect(readConversationState(null)).toBeNull();
    expect(readConversationState('x')).toBeNull();
  });

  it('an opted-out flag is never lost to a malformed value', () => {
    expect(readConversationState({ optedOut: 'yes', updatedAt: now.toISOString() })?.optedOut).toBe(true);
  });

  it('does not change the state it was given', () => {
    const state = say(null, { text: 'Need oxygen', understood: u({ kind: 'request', resources: ['oxygen'] }) }).state;
    const copy = JSON.parse(JSON.stringify(state)) as ConversationState;
    say(state, { text: 'Kanpur', district: 'KNP' });
    expect(state).toEqual(copy);
  });
});

describe('with the real understanding engine', () => {
  it.each([
    ['B+ blood chahiye Kanpur', 'KNP', 'hi', 'open_or_attach_case', []],
    ['Need oxygen', null, 'en', null, ['ask_district']],
    ['I have 2 oxygen cylinders available, call 9839012345', null, 'en', 'lead', ['lead_offer_thanks']],
    ['नमस्ते', null, 'hi', null, ['menu']],
  ])('"%s"', (text, district, language, action, replies) => {
    const out = converse({
      state: null,
      message: { text, replyId: null, kind: 'text', location: null },
      understood: understand(text),
      senderIsPhone: true,
      now,
      districtFromText: district,
    });
    expect(out.state.language).toBe(language);
    expect(out.action?.type ?? null).toBe(action);
    expect(keys(out)).toEqual(replies);
  });
});

describe('registering as a blood donor from the menu', () => {
  const group = (g: 'B+' | 'O-') => u({ bloodGroups: [g] });

  it('asks group, district and last donation, then registers — in Hindi', () => {
    const outs = chat([
      { text: 'नमस्ते', understood: u({ language: 'hi' }) },
      { text: '2' },
      { text: 'बी पॉजिटिव', understood: group('B+') },
      { text: 'कानपुर', district: 'UP-KANPUR-NAGAR' },
      { text: '१५-०८-२०२३' },
    ]);
    expect(outs.map(keys)).toEqual([
      ['menu'],
      ['donor_ask_group'],
      ['donor_ask_district'],
      ['donor_ask_last_donation'],
      [],
    ]);
    expect(outs[4]!.state.language).toBe('hi');
    expect(outs[4]!.action).toEqual({
      type: 'register_donor',
      donor: { bloodGroup: 'B+', district: 'UP-KANPUR-NAGAR', lastDonation: '2023-08-15', firstTimeDonor: false },
    });
    expect(outs[4]!.state).toMatchObject({ step: 'idle', donor: null });
  });

  it('takes the district with the group, "never" as a first-time donor, "don\'t know" as no group', () => {
    const outs = chat([
      { text: 'hi' },
      { text: '2' },
      { text: "I don't know", understood: u() },
      { text: 'Lucknow', district: 'UP-LUCKNOW' },
      { text: 'Never' },
    ]);
    expect(outs[4]!.action).toEqual({
      type: 'register_donor',
      donor: { bloodGroup: null, district: 'UP-LUCKNOW', lastDonation: null, firstTimeDonor: true },
    });
    const [, , both] = chat([
      { text: 'hi' },
      { text: '2' },
      { text: 'O- Kanpur', understood: group('O-'), district: 'K' },
    ]);
    expect(keys(both!)).toEqual(['donor_ask_last_donation']);
    const [, , , hindiNever] = chat([
      { text: 'hi' },
      { text: '2' },
      { text: 'B+ Kanpur', understood: group('B+'), district: 'K' },
      { text: 'कभी नहीं' },
    ]);
    expect(hindiNever!.action).toMatchObject({ donor: { lastDonation: null, firstTimeDonor: true } });
  });

  it('hints once, then keeps what they wrote as a donor lead for a person to call', () => {
    const outs = chat([
      { text: 'hi' },
      { text: '2' },
      { text: 'hmm', understood: u() },
      { text: 'ok', understood: u() },
    ]);
    expect(keys(outs[2]!)).toEqual(['ask_again.donor_group']);
    expect(outs[3]!.action).toEqual({ type: 'lead', kind: 'donor', text: 'ok' });
    expect(keys(outs[3]!)).toEqual(['lead_donor_thanks']);
    expect(outs[3]!.state.step).toBe('idle');
  });

  it('STOP still opts out in the middle of it', () => {
    const [, , stop] = chat([{ text: 'hi' }, { text: '2' }, { text: 'STOP' }]);
    expect(stop!.action).toEqual({ type: 'opt_out' });
  });
});

describe('reading a last donation', () => {
  const at = new Date('2026-12-07T06:00:00Z');
  it.each([
    ['15-08-2026', '2026-08-15'],
    ['15/8/2026', '2026-08-15'],
    ['2026-08-15', '2026-08-15'],
    ['08/2026', '2026-08-01'],
    ['०७.१२.२०२६', '2026-12-07'],
  ])('"%s" is %s', (text, day) => {
    expect(readLastDonationAnswer(text, at)).toEqual({ lastDonation: day, firstTimeDonor: false });
  });
  it.each(['31-02-2026', '08-12-2026', '01-01-1949', 'last month', '2026'])('"%s" is not an answer', (text) => {
    expect(readLastDonationAnswer(text, at)).toBeUndefined();
  });
  it.each(['never', 'No', 'first time', 'नहीं', 'पहली बार।', 'kabhi nahi'])('"%s" is a first-time donor', (text) => {
    expect(readLastDonationAnswer(text, at)).toEqual({ lastDonation: null, firstTimeDonor: true });
  });
});
