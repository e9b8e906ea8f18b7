// Is the message a request (someone needs help), an offer (a lead: something is available, a supplier,
// verified information) or other (news, opinion, complaints, general appeals)? Each side collects weighted
// cues — phrases of need, of availability, of news and politics — in English, Hinglish and Hindi; a cue
// counts once however often it is repeated. Need words addressed to readers ("for anyone who needs oxygen,
// call …") count for the offer; negated ones ("no need to panic") not at all.
import type { PreparedText } from './normalize.js';

export type UnderstoodKind = 'request' | 'offer' | 'other';

type View = 'body' | 'inline' | 'lower';
/** A pattern, its weight, the view it reads, and optionally a quick test of a word it cannot match without
 * (the pattern is skipped when the view lacks it: most messages, most patterns). */
type Cue = [RegExp, number, View] | [RegExp, number, View, RegExp];

/** Readers addressed by a lead: the need is theirs, the message offers. */
const AUDIENCE =
  /(?:\b(?:(?:for|to)\s(?:all\s)?(?:those|anyone|people|patients|everyone|whoever|persons?|families|friends)\s(?:who\s)?(?:are\s|is\s)?(?:in\s)?(?:need|needs|needing|looking|searching|requiring|require|seeking)|anyone\swho\s(?:is\s|are\s)?(?:in\s)?(?:need|needs|requires?|looking|searching)|those\swho\s(?:are\s)?(?:in\s)?(?:need|looking|searching)|if\s(?:you|anyone|someone|somebody|any\sone)\s(?:is\s|are\s)?(?:in\s)?(?:need|needs|require|requires|looking|searching)|in\scase\s(?:you|anyone)\s(?:need|require)|to\sget\shelp\swith\syour|who\sare\sin\sneed|(?:anyone|anybody|any\sone|whoever|those|people|patients)\s(?:in\sneed\sof|needing|requiring|needs|requires)(?=\s[^.!?\n]{0,60}?\b(?:can|may|should|pls|please|kindly|do)\s(?:\w+\s)?(?:dm|contact|call|reach|message|whatsapp|ping|inbox|write|text)\b)|(?:anyone|anybody|those|people)\sin\sneed\sof|(?:share|send|post|tell|dm|drop|tweet|mention|message|forward)\s(?:us\s|me\s)?(?:your|ur)\s(?:requirements?|needs|requests?))|(?:जिन्हें\s(?:भी\s)?(?:जरूरत|आवश्यकता)|जिसको\s(?:भी\s)?(?:जरूरत|जरुरत)|जरूरत\s?मंद|जरुरत\s?मंद|\b(?:zaroorat|zarurat|jarurat|jaroorat)\s?mand\b)|\b(?:jisko|jisse|jinko|jise|jinhe|jinhein)\s(?:bhi\s)?(?:jarurat|zarurat|jaroorat|zaroorat|jarurt|need)\b)/g;
const NEGATED_NEED =
  /\b(?:no|not|don'?t|doesn'?t|didn'?t|never|nobody|dont)\s(?:\w+\s)?(?:need|needs|needed|require|required)\b/g;
/** A need of a whole country, state or city ("India needs remdesivir", "the country needs oxygen plants"): news and
 * opinion, not a patient's plea. */
const COLLECTIVE_NEED =
  /\b(?:needs|requires|wants|need|require|is looking for|are looking for)\b(?<=\b(?:india|bharat|the country|our country|this country|entire country|whole country|the nation|our nation|the world|the state|our state|the city|our city|hospitals|the people|citizens|the public|population|everyone|everybody|the government|govt)\s(?:\w+ly\s)?(?:needs|requires|wants|need|require|is looking for|are looking for))|(?:जरूरत|चाहिए)(?<=(?<![\u0900-\u097f])(?:देश|भारत|राज्य|जनता)\sको\s(?:\S+\s){0,3}?(?:जरूरत|चाहिए))/g;
/** The same, whole, as the cue an operator reads ("the country needs"). */
const COLLECTIVE_NEED_SAID =
  /\b(?:india|bharat|the country|our country|this country|entire country|whole country|the nation|our nation|the world|the state|our state|the city|our city|hospitals|the people|citizens|the public|population|everyone|everybody|the government|govt)\s(?:\w+ly\s)?(?:needs|requires|wants|need|require|is looking for|are looking for)\b|(?<![\u0900-\u097f])(?:देश|भारत|राज्य|जनता)\sको\s(?:\S+\s){0,3}?(?:जरूरत|चाहिए)/;

/** A need said to be over ("requirement closed", "no longer required"): a follow-up, not a plea. */
const NEED_CLOSED =
  /\b(?:requirement|requirements|request|need)\s(?:is\s|has\sbeen\s|now\s)?(?:closed|fulfilled|met|completed)\b|\bno\slonger\s(?:required|needed|require|need|requires|needs)\b/g;
const NOT_AVAILABLE =
  /\b(?:not|no|nowhere|isn'?t|aren'?t|wasn'?t|never|hardly|if|un)[\s-]?(?:\w+\s){0,3}?(?:available|availability|availble|avaliable)\b|\bnon[\s-]?(?:available|availability)\b|उपलब्ध\s?(?:नहीं|नही|करा|कराएं|कराये|कराओ|कराएगी|कराया|कराने|कराई)/g;
const AVAILABLE_QUESTION =
  /\b(?:is|are|any|koi|kahin|kahi|anywhere)\s(?:\S+\s){0,5}?(?:available|availability|avaliable|availble)(?:\s(?:hai|he|anywhere|somewhere|now|today|nearby))?(?:\s(?:in|at|near|around|for)\s[^\s?.!,]+(?:\s[^\s?.!,]+)?)?\s?(?:kya\b|\?)/g;
/** What a plea asks for, in Latin letters and in (folded) Devanagari: a question about one of these is asked for a
 * patient; "koi sunne wala hai?", "क्या सरकार के पास जवाब है?" are a complaint's. */
const ASKED_THING =
  'donors?|beds?|oxygen|o2|plasma|blood|platelets?|cylinders?|concentrators?|icu|ventilators?|injections?|remdesivir|ambulances?|doctors?|hospitals?|refill(?:ing)?|dawai|dawa|medicines?|khali|available|availble';
const ASKED_THING_HI =
  'खाली|उपलब्ध|कहीं|मिल|बेड|ओक्सीजन|आक्सीजन|प्लाज्मा|प्लाज़्मा|डोनर|खून|ब्लड|सिलेंडर|इंजेक्शन|रेमडेसिविर|एंबुलेंस|एम्बुलेंस|अस्पताल|आईसीयू|वेंटिलेटर|दवा';
/** Asking whether something is there, in Hinglish and Hindi, the thing named: "koi plasma donor hai kya?", "bed khali
 * hai kya?", "cylinder available hai kya", "kahan khali hai?", "koi AB- donor hai Jaipur me?", "क्या … बेड खाली है?",
 * "… बेड खाली है क्या". */
const THERE_QUESTION = new RegExp(
  [
    String.raw`\b(?:${ASKED_THING})\b(?:\s\S+){0,3}?\s(?:hai|hain|he|h|milega|milegi|milenge|mil\sjayega|mil\sjayegi)\s(?:kya|kyaa)\b`,
    String.raw`\bkoi\s(?=(?:\S+\s){0,5}?(?:${ASKED_THING})\b)(?:\S+\s){0,5}?(?:hai|hain|he|milega|milegi)\b[^.!?\n]{0,30}\?`,
    String.raw`\b(?:kahan|kaha|kahin|kahi)\s(?:\S+\s){0,2}?(?:khali|available|availble)\s(?:hai|hain|he|h)\b[^.!\n]{0,30}\?`,
    String.raw`(?<![\u0900-\u0963\u0966-\u097f])क्या\s(?=[^.!?\n।]{0,60}?(?:${ASKED_THING_HI}))[^.!?\n।]{0,60}?(?:है|हैं|मिलेगा|मिलेगी|मिल\sसकता|मिल\sसकती|मिल\sसकते)\s?\?`,
    String.raw`(?:${ASKED_THING_HI})(?:\s\S+){0,3}?\s(?:है|हैं)\sक्या(?![\u0900-\u0963\u0966-\u097f])`,
  ].join('|'),
  'g',
);
const THERE_QUESTION_WORDS = /kya|koi|kah|क्या/;
const ASKED_LEADS =
  /\b(?:need|send|share|provide|dm|reply with|respond with|connect with|help with|any)\s(?:me\s|us\s)?(?:\w+\s){0,3}(?:leads?|info|information|contacts?|numbers?)\b|\bleads?\s(?:needed|required|please|pls|plz)\b/g;

/** A cue of plain words in the other Indian scripts, matched anywhere (they take case endings) after the
 * same NFKC normalisation as the text (পাওয়া is written two ways). */
const words = (list: string[]) => new RegExp(list.map((w) => w.normalize('NFKC')).join('|'), 'u');

/** Need words: Bengali, Assamese, Gujarati, Punjabi, Tamil, Marathi. */
const NEED_OTHER_SCRIPTS = words([
  'দরকার',
  'প্রয়োজন',
  'লাগবে',
  'জরুরি',
  'প্ৰয়োজন',
  'দৰকাৰ',
  'লাগে',
  'જરૂર',
  'જોઈએ',
  'ਲੋੜ',
  'ਚਾਹੀਦ',
  'ਜ਼ਰੂਰਤ',
  'ਜਰੂਰਤ',
  'தேவை',
  'வேண்டும்',
  'पाहिजे',
  'गरज आहे',
  'हवे आहे',
  'हवा आहे',
  'हवी आहे',
  'हवेत',
]);
/** Availability words in the same languages. */
const AVAILABLE_OTHER_SCRIPTS = words([
  'উপলব্ধ',
  'পাওয়া যাচ্ছে',
  'পাওয়া যাবে',
  'খালি আছে',
  'পোৱা যাব',
  'ઉપલબ્ધ',
  'મળશે',
  'ਉਪਲਬਧ',
  'ਮਿਲੇਗਾ',
  'ਮਿਲੇਗੀ',
  'ਮੌਜੂਦ',
  'கிடைக்கும்',
  'கிடைக்கிறது',
  'உள்ளன',
  'मिळेल',
  'उपलब्ध आहे',
]);

const REQUEST: Cue[] = [
  [NEED_OTHER_SCRIPTS, 2.5, 'inline'],
  [
    /\b(?:need|needs|needed|needing|require|required|requires|requirement|requirements|reqd|requirment|want)\b/,
    2.5,
    'body',
  ],
  [
    /\b(?:urgent|urgently|urgnt|asap|emergency|critical|serious|gasping|immediately|very low|dropping|sinking|sos)\b/,
    1,
    'body',
  ],
  [
    /\b(?:please help|pls help|plz help|plzz help|kindly help|help needed|help required|help me|help us|help him|help her|need help|needs help|help please|help pls|help plz|please save|save my|save him|save her)\b/,
    1.5,
    'body',
  ],
  [
    /\b(?:looking for|looking to (?:buy|get|hire|rent|arrange|find)|searching for|in search of|trying to find|try to find|unable to find|not able to find|can'?t find|cannot find|not getting|unable to get|does anyone have|do anyone have|does anybody have|anyone has|anyone have|anybody has|anybody have|can anyone|can someone|can somebody|could anyone|could someone|if anyone knows?|any leads?|any verified|any help|if any|anyone know|anyone knows|where can i|where can we|how can i get|how can we get|how do i get|is there any)\b/,
    2.5,
    'inline',
  ],
  [
    /\b(?:patient|patients|pt|attendant|attender|bystander|my\s(?:father|mother|dad|mom|mum|papa|mummy|uncle|aunt|aunty|brother|sister|bro|sis|friend|wife|husband|son|daughter|grandfather|grandmother|grandpa|grandma|relative|cousin|colleague|neighbour|neighbor|nephew|niece|family|father-in-law|mother-in-law|boss|maid|driver)|friend'?s\s(?:father|mother|dad|mom|brother|sister)|(?:his|her)\s(?:father|mother|husband|wife|son|daughter|brother|sister))\b/,
    1.5,
    'body',
  ],
  [
    /(?:(?<![\u0900-\u0963\u0966-\u097f])(?:चाहिए|चाहिये|चाहिऐ|चाहीए|जरूरत|जरुरत|आवश्यकता|आवश्यक है|जरूरी है|दरकार|तलाश|ढूंढ)(?![\u0900-\u0963\u0966-\u097f])|\bchahiye\b|\bchaiye\b|\bchahie\b|\bchahiey\b|\bjarurat\b|\bzarurat\b|\bjaroorat\b|\bzaroorat\b|\bjarurt\b|\bdila do\b|\bdilwa do\b|\bdilao\b|\bdilwao\b|\barrange kar do\b|\bkara do\b|\bkarwa do\b|\bkarva do\b|\bjugaad\b|\bmil sakta hai kya\b|\bmilega kya\b)/,
    2.5,
    'inline',
  ],
  [
    /(?:(?<![\u0900-\u0963\u0966-\u097f])(?:मदद करें|मदद करे|मदद कीजिए|मदद करो|सहायता करें|सहायता करे|सहायता कीजिए|हेल्प करें|बचा लो|बचाइए)(?![\u0900-\u0963\u0966-\u097f])|\bmadad karein\b|\bmadad kare\b|\bmadad karo\b|\bhelp kare\b|\bhelp karo\b|\bhelp karein\b|\bhelp kijiye\b)/,
    1.5,
    'body',
  ],
  [
    /(?:(?:मेरे|मेरी|मेरा|हमारे|हमारी)\s(?:पिता|पिताजी|पापा|माँ|मां|माता|माताजी|मम्मी|भाई|बहन|चाचा|चाची|मामा|मामी|दादा|दादी|नाना|नानी|पति|पत्नी|बेटा|बेटी|बड़े|बडे|छोटे|दोस्त|मित्र|रिश्तेदार|परिवार)|मरीज|पेशेंट|\bmere\s(?:papa|father|bhai|mummy|mother|pitaji|chacha|mama|dost))/,
    1.5,
    'body',
  ],
  [
    /\b(?:admitted|hospitalised|hospitalized|admit|icu me|on ventilator|on oxygen support)\b|भर्ती है|भर्ती हैं|एडमिट/,
    0.5,
    'body',
  ],
  [/\bverified\s(?:request|requirement|sos|need|patient|case)\b/, 1, 'inline'],
  // A plea written as a form: "Blood group: AB-ve, units: 2, hospital: KGMU" (a stock of units says "available").
  [/\bunits?\s?(?:required|needed|reqd|:|-|=)\s?\d|\b\d{1,2}\s?units?\b/, 1.5, 'inline', /unit/],
  // A family asking for the money a patient's treatment costs ("struggling with hospital expenses", a fundraiser).
  [
    /\b(?:hospital|medical|treatment|icu|hospitali[sz]ation)\s(?:expenses|bills?|costs?|charges|fees)\b|\b(?:fund\s?raiser|crowd\s?fund(?:ing)?|go\s?fund\s?me|ketto|impact\s?guru)\b/,
    2,
    'inline',
    /expense|bill|cost|charge|fee|fund|ketto|guru/,
  ],
  // "is oxygen available anywhere?", "koi bed available hai kya?": asking for, not giving.
  [new RegExp(AVAILABLE_QUESTION.source), 2.5, 'inline'],
  [new RegExp(THERE_QUESTION.source), 2.5, 'inline', THERE_QUESTION_WORDS],
  [/\b(?:batao|btao|bataye|batayein|bataiye|bata do)\b/, 1.5, 'inline'],
  // "refill kahan hoga?", "इंजेक्शन कहाँ मिलेगा?": where to get it, asked (as "where can I get").
  [
    /\b(?:kahan|kaha|kahaan|kidhar)\s(?:\S+\s){0,2}?(?:milega|milegi|milenge|hoga|hogi|honge|mil\ssakta|mil\ssakti|mil\ssakte|ho\ssakta|ho\ssakti|karwaye|karwayen|karaye|karayen)\b|(?:कहाँ|कहां|किधर)\s(?:\S+\s){0,2}?(?:मिलेगा|मिलेगी|मिलेंगे|होगा|होगी|होंगे|मिल\sसकता|मिल\sसकती|मिल\sसकते|हो\sसकता|हो\sसकती)/,
    2.5,
    'inline',
    /kah|kidhar|कह|किधर/,
  ],
  // "test ghar pe karwana hai", "doctor ko dikhana hai", "doctor se baat karni hai": something to get done for the
  // patient ("donate karna hai" is not among them: a donor says it).
  [
    /\b(?:karwana|karvana|karwani|karvani|karana|karani|dikhana|dikhani|dikhwana|lagwana|lagwani|bulana|bulani|baat\skarni|baat\skarna)\s(?:hai|h|he|hain|tha)\b/,
    2,
    'inline',
    /karwa|karva|kara|dikh|lagwa|bula|baat/,
  ],
  // "Anyone willing to donate plasma?", "koi blood donate kar sakta hai?": looking for a donor, not being one.
  [
    /\b(?:anyone|anybody|someone|somebody)\s(?:\w+\s)?(?:willing|ready|wants?|able|interested)\s(?:to\s)?(?:\w+\s)?donate\b|\bkoi\s(?:\S+\s){0,2}?(?:donate|daan)\s(?:kar\s)?(?:sakta|sakti|sakte|karega|karegi|karenge)\b|\bkisi\sko\s(?:\S+\s){0,2}?(?:donate|daan)\s(?:karna|karni)\s(?:hai|h|he)\b|कोई\s(?:\S+\s){0,2}?(?:दान|डोनेट)\s(?:कर\s)?(?:सकता|सकती|सकते|करेगा|करेगी|करेंगे)/,
    3.5,
    'inline',
    /donate|daan|दान|डोनेट/,
  ],
];

const OFFER: Cue[] = [
  // Short availability notes in these scripts rarely carry more cues: the word alone makes the lead.
  [AVAILABLE_OTHER_SCRIPTS, 2.5, 'inline'],
  // "Verified at 10:30 pm", "last verified 5/5": a time of checking is what a lead carries, phone or not.
  [/\b(?:last\s)?verified\s?(?:at|on|@|:|-)?\s?\d/, 0.5, 'lower'],
  // Hindi: "स्टॉक में है", "(इससे) मदद मिल सकती है", "मिल सकते हैं" (folded spelling).
  [/(?:स्टोक\sमें|स्टोक\sहै|मिल\sसकता|मिल\sसकती|मिल\sसकते|मिल\sजाएंगे|मिल\sजाएगी)/g, 1.5, 'inline'],
  [
    /\b(?:available|availabe|availabile|avaliable|availble|availability|in stock|stock|stocked|restocked|vacant|vacancy|beds? left|slots?)\b/,
    2,
    'inline',
  ],
  [
    /(?:\bverified\s?(?:at|on|by|@|:|-|✅|✔|just|today|yesterday|now|\d|\(|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\blast\s?verified|\bself[\s-]?verified|\bpersonally verified|\bverified\s(?:and|&)\s(?:updated|working)|(?:✅|✔️?|☑️?)\s?verified|\bverified\W{0,3}$|\bverified\s?(?:✅|✔|☑)|(?:^|\n)\W{0,3}verified\W{0,3}(?:\n|$))/,
    2,
    'lower',
  ],
  [/#verified\b|#verifiedleads?\b|#verifiedinfo\b|#verifiedresources?\b/, 1, 'lower'],
  // A place that gives, with its hours: "refilling point in Ghaziabad, open 8am-8pm", "oxygen plant at Panki".
  [
    /\brefill(?:ing)?\s(?:point|centre|center|station|plant|unit)s?\b|\b(?:oxygen|o2)\s(?:plant|depot|bank)s?\b|\bopen\s(?:\d|24|from|daily|all\sday|till|until|between)|\btimings?\b/,
    2,
    'inline',
    /refill|plant|depot|bank|open|timing/,
  ],
  // "DM for an O2 concentrator on rent": a direct message is the contact, where a lead gives no number.
  [
    /\b(?:dm|inbox|message|msg|ping)\s(?:me\s|us\s)?(?:for|to\sget|to\sbook)\b/,
    1,
    'inline',
    /dm|inbox|message|msg|ping/,
  ],
  // Hinglish and Hindi "we have": "hamare paas 5 cylinder hain", "हमारे पास … हैं".
  [
    /\b(?:hamare|humare|hamre|mere|humre)\s(?:paas|pass|pas)\b(?![^.!?\n]{0,40}?\b(?:nahi|nahin|nhi|no|koi)\b)[^.!?\n]{0,40}?\b(?:hai|hain|he|hein)\b|(?:हमारे|मेरे)\sपास\s(?![^.!?\n।]{0,40}?(?:नहीं|कोई))[^.!?\n।]{0,40}?(?:है|हैं)/,
    2,
    'inline',
    /paas|pass|pas|पास/,
  ],
  // A heading over a list of leads, opening the message or a line: "VERIFIED PLASMA LEADS DELHI", "Verified oxygen
  // suppliers:" (not "need verified leads", "share the verified leads", which ask for them).
  [
    /(?:^|[\n.!:|•*])\s*\W{0,4}verified\s(?:[\w+-]+\s){0,3}(?:leads?|contacts|numbers|suppliers?|donors|resources|list)\b/,
    2,
    'inline',
    /verified/,
  ],
  [
    /\b(?:supplier|suppliers|supply|supplies|supplying|dealer|dealers|distributor|distributors|vendor|vendors|provider|providers|provide|provides|providing|provided by|we have|we are having|they have|they had|they are having|has\s\d+|we offer|offering|offers|delivering|delivery|deliver|delivers|doorstep|free of cost|free service|for free|free|price|prices|rate|rates|cost|charges|deposit|rent|rental|on rent|per day|per hour|booking|book now|dm for|dm me|contact me|call me|whatsapp me|reach me|ping me|on the spot|we are|we will|we can|i can help|(?:can|may|should) (?:contact|call|reach|approach|visit|whatsapp|dm)|(?:you can |please |pls )?try (?:contacting|calling|reaching|at|this|these)|is open|are open|now open|open for|functional|operational|here to help|they are helping|helping with|can help|is helping)\b/,
    2,
    'inline',
  ],
  [
    /\b(?:contact|call|calling|reach out|get in touch|whatsapp|ring|dial|miss call|missed call|ph|phone|mob|mobile|tel)\b|📞|☎/,
    1,
    'body',
  ],
  // Replies that point to where the leads are: "leads are posted on @…", "check our timeline".
  [
    /\b(?:leads?|resources?|info|information|details|numbers?|contacts?)\b[^.!?\n]{0,40}?\s(?:are\s|is\s|have been\s|has been\s|being\s|were\s)?(?:posted|shared|updated|listed|compiled|pinned)\s(?:on|at|in|here|below|there)\b|\bcheck\s(?:my|our|the|his|her|their|this)\s(?:timeline|tl|handle|page|bio|pinned|profile|tweets?|thread|feed|account)\b/,
    2,
    'inline',
  ],
  // "check here for oxygen", "this Twitter search finds verified leads": a reply that points to the leads.
  [
    /\b(?:check|look|search|see)\s(?:here|there|below|these links?|this link|the links?)\s(?:for|to find|to get)\b|\b(?:are|is)\s(?:on|in)\s(?:my|our)\s(?:timeline|tl|pinned tweet|pinned|profile|bio|thread|feed|handle)\b|\b(?:twitter|advanced)\ssearch\b|\bsearch\s(?:query|queries|link|links|results)\b/,
    2.5,
    'inline',
    /here|there|below|link|search|timeline|\btl\b|pinned|profile|bio|thread|feed|handle/,
  ],
  [/\b(?:timings?|open\s(?:from|till|24)|24\s?x\s?7|24\s?hours|round the clock|working hours)\b/, 1, 'inline'],
  [
    /\b(?:helpline|helplines|help line|numbers? for|list of|list|aggregator|website|site|portal|link|links|tracker|directory|database|resources|sheet|spreadsheet|app|bot|leads for|info for|information for|check this|check out|check if|keep checking|here are|here is|following|below|thread|bookmark|updated)\b/g,
    1,
    'inline',
  ],
  [
    /(?:उपलब्ध|संपर्क करें|संपर्क करे|सम्पर्क करें|मुफ्त|निःशुल्क|नि:शुल्क|फ्री|हेल्पलाइन|दे रहे हैं|की जा रही है|किया जा रहा है|दी जा रही है|दिया जा रहा है|खाली है|खाली हैं|मिलेगा|मिलेगी|मिल जाएगा|मिल जाएगी|\bavailable hai\b|\bmil jayega\b|\bmilega\b|\bsampark\b)/,
    2,
    'inline',
  ],
  // Urdu words of a lead, in either script: "dastiyab" (available), "muft" (free), "rabta karein" (contact).
  [
    /(?:\b(?:dastiyab|dastyab|dastiyaab|muft|rabta\s(?:karein|karen|kare|karain))\b|(?:दस्तियाब|दस्तयाब|मुफ्त|राबता\sकरें|रब्ता\sकरें|राब्ता\sकरें))/,
    2,
    'inline',
    /dast|muft|rabta|दस्त|मुफ्त|राबता|रब्ता|राब्ता/,
  ],
  [/(?<![\u0900-\u0963\u0966-\u097f])(?:संपर्क|सम्पर्क|कॉल करें|फोन करें)(?![\u0900-\u0963\u0966-\u097f])/, 1, 'body'],
  [
    /\b(?:ready to donate|willing to donate|can donate|want to donate|donors? available|i am a donor|am a donor|donors? list)\b/,
    2,
    'inline',
  ],
  [/(?:₹\s?\d|\brs\.?\s?\d|\d\s?(?:rs|\/-)|\b\d+k\b|\binr\s?\d|\d\s?(?:\+\s?)?gst\b)/, 1.5, 'lower'],
  [/\bwhere to (?:get|find|buy)\b|\bcan (?:only )?(?:get|buy|collect)\b/, 1, 'inline'],
  // "I want to donate blood", "we can donate plasma", "मैं रक्तदान करना चाहता हूँ": someone offering themselves as a
  // donor. Their "want" is not a plea (a need for blood reads "need a donor", not "I want to donate"). Blood, plasma
  // or platelets only: "we will donate 10 cylinders" is a fundraiser's promise, and "दान करना" may be money.
  [
    /\b(?:i|we|i'm|i am|we are)\s(?:\w+\s){0,2}?(?:want to|wish to|would like to|d like to|can|could|will|am ready to|am willing to|are ready to|are willing to|ready to|willing to)\s(?:\w+\s)?donate\s(?:\S+\s){0,2}?(?:blood|plasma|platelets|sdp)\b/,
    3.5,
    'inline',
    /donate/,
  ],
  [
    /(?:मैं|हम|main|mai|hum)\s(?:\S+\s){0,3}?(?:रक्तदान|रक्त\sदान|(?:ब्लड|प्लाज्मा|प्लाज़्मा)\s(?:दान|डोनेट)|(?:blood|plasma)\s(?:donate|daan))\s(?:करना|कर|karna|kar)\s(?:चाहता|चाहती|चाहते|सकता|सकती|सकते|chahta|chahti|chahte|sakta|sakti|sakte)/,
    3.5,
    'inline',
    /दान|डोनेट|donate|daan/,
  ],
  // "… and want to donate plasma", "Want to donate blood, O+": the wish to give opening a clause, its subject the
  // writer ("anyone want to donate?" and "those who want to donate" have another subject before it).
  [
    /(?:^|[.!\n,;]\s*|\band\s|\bso\s)(?:(?:i|we|also|really|now|still)\s)?(?:want to|wish to|would like to|willing to|ready to)\s(?:\w+\s)?donate\s(?:\S+\s){0,2}?(?:blood|plasma|platelets|sdp)\b/,
    3,
    'inline',
    /donate/,
  ],
  // "Plasma donate karna hai", "मुझे रक्तदान करना है": the writer's own intention to give.
  [
    /(?:^|[.!?\n,]\s*|\b(?:mujhe|muje|hume|humko|hamein)\s)(?:\S+\s)?(?:blood|plasma|platelets|khoon|khun)\s(?:donate|daan)\s(?:karna|karni)\s(?:hai|h|he)\b|(?:मुझे|हमें)\s(?:\S+\s){0,2}?(?:रक्तदान|(?:रक्त|ब्लड|प्लाज्मा|प्लाज़्मा|खून)\sदान)\sकरना\sहै/,
    3,
    'inline',
    /donate|daan|दान/,
  ],
  // "प्लाज्मा दान करना चाहता हूँ", "plasma donate karna chahti hu": the first person is in the verb itself.
  [
    /(?:रक्तदान|रक्त\sदान|(?:ब्लड|प्लाज्मा|प्लाज़्मा|खून)\s(?:दान|डोनेट)|(?:blood|plasma|khoon|khun)\s(?:donate|daan))\s(?:करना|karna)\s(?:चाहता|चाहती|chahta|chahti)\s(?:हूँ|हूं|hu|hoon|hun|hun)(?![\u0900-\u097f\w])/,
    3.5,
    'inline',
    /दान|डोनेट|donate|daan/,
  ],
  // "डोनेट करने के लिए तैयार", "donate karne ko taiyar": a donor offering.
  [
    /(?:डोनेट|दान)\s(?:करने|करना)\s(?:के\sलिए\s|को\s)?(?:तैयार|इच्छुक)|\b(?:donate|daan)\s(?:karne|karna)\s(?:ke\sliye\s|ko\s)?(?:taiyar|tayyar|tayar|ready)\b/,
    2.5,
    'inline',
    /डोनेट|दान|donate|daan/,
  ],
  // "रिफिलिंग हो रही है", "refill ho raha hai": a service running.
  [
    /(?:रिफिलिंग|रिफिल|refill(?:ing)?|delivery|डिलीवरी)\s(?:\S+\s){0,2}?(?:हो\sरही|हो\sरहा|हो\sरहे|की\sजा\sरही|किया\sजा\sरहा|ho\sraha|ho\srahi|ho\srahe|ki\sja\srahi|kiya\sja\sraha)/,
    2,
    'inline',
    /refill|delivery|रिफिल|डिलीवरी/,
  ],
  // "to the needy", "ज़रूरतमंदों तक": whoever names the needy as the ones to reach is giving (with something more:
  // "donate plasma to the needy" alone is an appeal).
  [
    /(?:जरूरत\s?मंद|जरुरत\s?मंद)|\b(?:to|for)\sthe\sneedy\b|\bneedy\s(?:people|patients|families|persons)\b/,
    1.5,
    'lower',
    /needy|मंद/,
  ],
  // "Try Sanjeevani Hospital, …": a suggestion opening a reply.
  [
    /(?:^\s*|[.!?\n]\s{0,3})(?:pls\s|please\s|you\scan\s|can\s)?try\s(?!to\b|and\b|my\b|our\b|everything\b)/,
    1.5,
    'inline',
  ],
  // "oxygen refill service", "home ICU setup service", "ambulance services": a service on offer.
  [
    /\b(?:oxygen|o2|refill(?:ing)?|ambulance|icu|nursing|care|food|tiffin|meal|delivery|testing|test|collection|consultation|setup|set-up|cremation)\sservices?\b/,
    1.5,
    'inline',
    /service/,
  ],
  // "Get an RT-PCR test at home", "home sample collection", "home delivery": a service.
  [
    /\bget\s(?:your\s|an?\s)?(?:[\w-]+\s){0,2}(?:at home|at your doorstep|delivered)\b|\bhome\s(?:sample\s)?(?:collection|delivery)\b/,
    1.5,
    'inline',
    /home|doorstep|delivered/,
  ],
  // "beds available", "oxygen cylinders are available now": the thing and its availability side by side.
  [
    /\b(?:beds?|oxygen|o2|cylinders?|concentrators?|refill(?:ing)?|plasma|donors?|icu|ventilators?|injections?|vials?|remdesivir|ambulances?|tiffins?|meals?)\s{1,3}(?:\(\w+\)\s)?(?:are\s|is\s)?(?:now\s|still\s|currently\s)?(?:available|availabe|avaliable|availble|in stock)\b/,
    1,
    'inline',
    /availab|avaliab|availb|in stock/,
  ],
  // Hindi: "(हम) पहुंचाएंगे", "पहुंचा रहे हैं": delivering to those who need it.
  [/(?:पहुंचाएंगे|पहुंचाएगे|पहुंचा\sरहे|पहुंचाते\sहैं|पहुंचाई\sजा|पहुंचाया\sजा)/, 1.5, 'inline'],
  // "5 bed khali hain", "ICU me jagah khali hai": beds free (Hindi "खाली है" is read above; a cylinder "khali" is empty).
  [/\b(?:beds?|icu|ventilators?|jagah|seats?)\s(?:\S+\s){0,2}?khali\s(?:hai|hain|he|hein|h)\b/, 2, 'inline', /khali/],
  // A status list, a line per hospital with its count: "Era Medical - 3 ICU⏎Integral - 5 O2" (each line counts).
  [
    /(?:^|\n)[^\n\d]{2,40}?\s[-–:=]\s?\d{1,4}\s?(?:icu|o2|oxygen|hdu|ventilators?|vent|beds?|general|normal|isolation)(?:\s?beds?)?[ \t]*(?=\n|$)/g,
    1.5,
    'inline',
  ],
  // "Lucknow beds status 9 pm:", "ICU availability update": a report of what there is.
  [/\b(?:beds?|oxygen|o2|icu|plasma|cylinders?|ventilators?)\s(?:status|position|update|updates)\b/, 1.5, 'inline'],
  // That heading over a count per hospital ("ICU beds status 9 pm:⏎Max Saket - 2⏎Ganga Ram - 0", or on one line):
  // the items need not repeat what they count.
  [
    /\b(?:beds?|oxygen|o2|icu|plasma|cylinders?|ventilators?)\s(?:status|position|update|updates|availability|vacancy)\b[^\n]{0,40}?(?:[\s,;]{1,4}[^\n\d:]{2,40}?\s[-–:=]\s?\d{1,4}(?!\d)){2}/,
    1.5,
    'inline',
    /status|position|update|availab|vacan/,
  ],
  // Checked, in Hinglish and Hindi: "abhi verify kiya", "confirm kar liya hai", "अभी verify किया"; found there:
  // "remdesivir mil raha hai … pe" (not "nahi mil raha", nor asked "kahan mil raha hai").
  [
    /\b(?:verify|verified|confirm|confirmed|check)\s(?:kiya|kia|kar\sliya|kr\sliya|kar\sliye|किया|कर\sलिया)(?![\w\u0900-\u0963\u0966-\u097f])|(?:वेरीफाई|वेरिफाई|कन्फर्म|चेक)\s(?:किया|कर\sलिया)/,
    2,
    'inline',
    /verif|confirm|check|वेरी|वेरि|कन्फर्म|चेक/,
  ],
  [
    /(?<!\b(?:nahi|nahin|nhi|na|kahan|kaha|kahin|kya|kidhar)\s)\bmil\s(?:raha|rahi|rahe)\s(?:hai|hain|he|h)\b(?!\s(?:kya|kyaa)\b)|(?<!(?:नहीं|नही|कहाँ|कहां|कहीं|क्या)\s)मिल\s(?:रहा|रही|रहे)\s(?:है|हैं)/,
    1.5,
    'inline',
    /mil\sra|मिल\sर/,
  ],
  // Opening hours ("6am-10pm", "9 am to 5 pm"), what to bring ("bring the empty cylinder").
  [/\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\s?(?:-|–|to|till)\s?\d{1,2}(?::\d\d)?\s?(?:am|pm)\b/, 1.5, 'inline'],
  [/\bbring\s(?:\w+\s){0,2}?(?:cylinders?|id|aadhaar|aadhar|prescription|report)\b/, 1.5, 'inline', /bring/],
  // "सुबह 7 बजे से शाम 7 बजे तक", "subah 8 baje se raat 10 baje tak": hours, in Hindi and Hinglish.
  [
    /\d{1,2}\s?(?:बजे|baje)\sसे\s(?:\S+\s){0,2}?\d{1,2}\s?बजे\sतक|\d{1,2}\s?baje\sse\s(?:\S+\s){0,2}?\d{1,2}\s?baje\stak\b/,
    1.5,
    'inline',
    /बजे|baje/,
  ],
  // "20 oxygen beds", "2 ICU beds", "50 cylinders": a stock is counted by whoever has it.
  [
    /\b\d{1,4}\+?\s{1,3}(?:(?:oxygen|o2|icu|hdu|ventilator|covid|isolation|normal|general|regular|non-oxygen|jumbo)\s{1,3}(?:and\s|&\s)?){0,2}(?:beds|cylinders|concentrators)\b/,
    1.5,
    'inline',
  ],
];

const OTHER: Cue[] = [
  [
    /\b(?:modi|bjp|congress|aap|govt|government|minister|ministry|cm|pm|pmo|mla|mp|election|elections|vote|votes|resign|shame|shameful|court|hc|judiciary|kejriwal|yogi|shivraj|nitish|uddhav|mamata|opposition|politics|political|mha|mohfw|president)\b/g,
    1,
    'inline',
  ],
  [
    /(?<![\u0900-\u0963\u0966-\u097f])(?:सरकार|शासन|प्रशासन|मंत्री|मुख्यमंत्री|प्रधानमंत्री|राष्ट्रपति|मोदी|योगी|केंद्र|कोर्ट|न्यायालय|घोषणा|चुनाव|वोट|नेता|विधायक|सांसद|भाजपा|कांग्रेस)(?![\u0900-\u0963\u0966-\u097f])/g,
    1,
    'inline',
  ],
  [
    /\b(?:news|latest|update|breaking|report|reports|announced|announces|announcement|imported|import|tankers?|crisis|shortage|shortages|deaths?|died|dead|dying|die|lakh|lakhs|crore|crores|metric|tonnes?|plant|plants|hoard|hoarding|black\s?market(?:ing)?|blackmarketing|read more|click|watch|video|interview|statement|warriors?|frontline|positivity|tally|toll|recoveries|decline|surge|arrested|police)\b/g,
    1,
    'inline',
  ],
  [
    /\b(?:pandemic|wave|vaccine|vaccines|vaccination|vaccinated|jab|lockdown|curfew|donate|donation|fundraiser|fundraising|raised|campaign|contribute|thank(?!\s(?:you\s)?in\sadvance)|thanks(?!\s(?:a\slot\s)?in\sadvance)|grateful|rip|condolences|prayers|pray|situation|system|collapse|failed|failure)\b/g,
    1,
    'inline',
  ],
  [
    /(?<![\u0900-\u0963\u0966-\u097f])(?:कालाबाजारी|मौत|मर रहे|मृत्यु|निधन|हाहाकार|किल्लत|कमी|संकट|अभाव|लाख|करोड|प्लांट|टैंकर|वैक्सीन|टीका|टीकाकरण|लोकडाउन|लाकडाउन|खबर|समाचार|रिपोर्ट|दावे|दावा|फेल|नहीं मिल रहा|नहीं मिला|नहीं मिल पा|नही मिल|भटक रहे|शिकार|व्यवस्था|था|थी|थे)(?![\u0900-\u0963\u0966-\u097f])/g,
    1,
    'inline',
  ],
  // Bereavement and stories: "I lost my father", "passed away", "we couldn't find a bed"; each further sign of a
  // story told after the end counts too ("lost my uncle … couldn't find one. RIP").
  [
    /\b(?:lost my|lost our|we lost|passed away|no more|could not find|couldn'?t find|could not get|couldn'?t get|could not save|couldn'?t save|rest in peace|rip|om shanti)\b/g,
    1.5,
    'inline',
  ],
  // Appeals to those in power: "please do something", "wake up".
  [
    /\b(?:please do something|do something|wake up|take action|take note|look into this|kindly look into|act now)\b/,
    1.5,
    'inline',
  ],
  // Rhetorical questions and blame.
  [
    /\b(?:why (?:is|are|do|does|did|can'?t|cannot|isn'?t|aren'?t|was|were|has|have)|who is responsible|shame on|answer)\b/,
    1.5,
    'inline',
  ],
  [NEED_CLOSED, 1.5, 'lower', /closed|fulfilled|met|completed|longer/],
  // A wire dateline opening the message: "KOLKATA, May 3 (PTI)", "NEW DELHI (Reuters) -" (a report, not a lead).
  [
    /^\W{0,3}[a-z][a-z. ]{1,24}?(?:,\s?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2})?\s?[:,]?\s?\((?:pti|ani|ians|reuters|upi|afp)\)/,
    2.5,
    'lower',
    /pti|ani|ians|reuters|upi|afp/,
  ],
  // Reported speech: "BMC says", "according to officials".
  [/\b(?:says|said|according to|told|stated|reported|claims|claimed|informed|sources)\b/, 2, 'inline'],
  [COLLECTIVE_NEED_SAID, 2, 'lower', /need|requir|want|looking|जरूरत|चाहिए/],
  [
    /\b(?:getting|received|receiving|got)\s(?:lots of\s|so many\s|many\s|a lot of\s|hundreds of\s|several\s)?(?:sos|requests|calls|messages|dms)\b/,
    2.5,
    'inline',
  ],
];

export interface KindFeatures {
  resources: number;
  bloodGroups: number;
  phones: number;
  hasAge: boolean;
  hasSpo2: boolean;
}

/** A cue counts once; a cue written with the g flag counts each distinct word it finds, up to three. The
 * words found are written to `found` (the explanation an operator sees). */
function score(cues: Cue[], views: Record<View, string>, found: string[]): number {
  let total = 0;
  for (const [re, weight, view, quick] of cues) {
    if (quick && !quick.test(views[view])) continue;
    if (re.global) {
      const distinct = new Set(views[view].match(re) ?? []);
      if (distinct.size === 0) continue;
      total += weight * Math.min(3, distinct.size);
      for (const w of distinct) if (found.length < 12) found.push(w.trim());
    } else {
      const m = re.exec(views[view]);
      if (!m) continue;
      total += weight;
      if (found.length < 12) found.push(m[0].trim());
    }
  }
  return total;
}

export interface KindScores {
  request: number;
  offer: number;
  other: number;
  /** The words and phrases that counted for each side. */
  cues: { request: string[]; offer: string[]; other: string[] };
}

/** Quick tests that skip the patterns below when their words are absent (most messages: the hot path). */
const NEED_WORDS =
  /need|look|search|requir|seek|want|help with|zaroorat|zarurat|jarurat|jaroorat|jarurt|जरूरत|जरुरत|आवश्यकता|चाहिए/;
const LEAD_WORDS = /lead|info|contact|number/;
const AVAILABLE_WORDS = /availab|avaliab|availb|उपलब्ध/;

/** The text without needs that are not the writer's: readers addressed, negated needs, a country's needs. */
function withoutOthersNeeds(text: string): string {
  return text
    .replace(AUDIENCE, ' ')
    .replace(NEGATED_NEED, ' ')
    .replace(COLLECTIVE_NEED, ' ')
    .replace(EXHORTATION, ' ')
    .replace(NEED_CLOSED, ' ');
}

/** "We need to bury cynicism", "you need to stay home": an exhortation, not a need of something to send (the
 * verbs of getting something, "we need to arrange plasma", stay a need); "dying for want of oxygen" is news. */
const EXHORTATION =
  /\b(?:we|you|they|everyone|everybody|people|one|govt|government)\s(?:all\s)?(?:really\s)?need\sto\s(?!get\b|find\b|arrange\b|shift\b|buy\b|admit\b|have\b|know\b|contact\b|reach\b|take\b|procure\b|search\b|locate\b|transfer\b)|\bfor\s(?:the\s)?want\sof\b/g;

/** `full` false scores the request side only (all a message with nothing specific needs). */
export function scoreKind(prepared: PreparedText, features: KindFeatures, full = true): KindScores {
  // Tags naming groups and drives (#BloodDonorsIndia, #DonatePlasma) say whom a plea is sent to, not what it is.
  const needs = NEED_WORDS.test(prepared.topical);
  const audience = needs ? (prepared.topical.match(AUDIENCE)?.length ?? 0) : 0;
  const inline = needs ? withoutOthersNeeds(prepared.topical) : prepared.topical;
  const asked = LEAD_WORDS.test(inline) && inline.search(ASKED_LEADS) >= 0;
  let forOffer = asked ? inline.replace(ASKED_LEADS, ' ') : inline;
  if (AVAILABLE_WORDS.test(forOffer)) forOffer = forOffer.replace(AVAILABLE_QUESTION, ' ').replace(NOT_AVAILABLE, ' ');
  // "bed khali hai kya?" asks; what it asks about is not a lead's "khali hai".
  if (THERE_QUESTION_WORDS.test(forOffer)) forOffer = forOffer.replace(THERE_QUESTION, ' ');
  const body = NEED_WORDS.test(prepared.body) ? withoutOthersNeeds(prepared.body) : prepared.body;
  const lower = AVAILABLE_WORDS.test(prepared.lower) ? prepared.lower.replace(NOT_AVAILABLE, ' ') : prepared.lower;
  const cues = { request: [] as string[], offer: [] as string[], other: [] as string[] };
  let request = score(REQUEST, { body, inline, lower }, cues.request);
  if (asked) {
    request += 1.5;
    cues.request.push('asks for leads');
  }
  if (features.hasAge || features.hasSpo2) {
    request += 1.5;
    cues.request.push(features.hasSpo2 ? 'a SpO2 reading' : "a patient's age");
  }
  if (features.bloodGroups > 0) request += 0.5;
  if (!full) return { request, offer: 0, other: 0, cues };
  let offer = score(OFFER, { body, inline: forOffer, lower }, cues.offer);
  // Readers addressed ("for those who need it") make a lead only where there is something to reach.
  if (audience > 0 && (offer > 0 || features.phones > 0)) {
    offer += 2.5;
    cues.offer.push('addressed to those in need');
  }
  const other = score(OTHER, { body, inline, lower }, cues.other);
  return { request, offer, other, cues };
}

const CLOSING_WORDS = new Set([
  'thanks',
  'thank',
  'thx',
  'tia',
  'in',
  'advance',
  'pls',
  'plz',
  'please',
  'rt',
  'retweet',
  'amplify',
  'dhanyavad',
  'dhanyawad',
  'shukriya',
  'धन्यवाद',
  'शुक्रिया',
]);
const SOS_TAG_WORDS = new Set(['sos', 'need', 'needed', 'required', 'requirement', 'urgent', 'help', 'emergency']);
const TOPIC_TAG_WORDS = new Set(['covid', 'covid19', 'corona', 'coronavirus', 'india', 'pandemic']);
const OFFER_TAG_WORDS = new Set(['available', 'availability', 'verified', 'leads', 'lead', 'supplier', 'suppliers']);

/** A message made of tags alone (and a link): the tags are the plea ("#SOS #Delhi #OxygenNeeded") or the lead
 * ("#VerifiedLeads #OxygenCylinder #Jaipur"). */
function tagsOnly(prepared: PreparedText): 'request' | 'offer' | null {
  if (prepared.hashtags.length === 0) return null;
  const word = /\p{L}+/gu;
  // Words that only close the message ("Thanks in advance", "pls RT") are not words of a plea or a lead.
  for (let words = 0, m = word.exec(prepared.body); m !== null; m = word.exec(prepared.body)) {
    if (!CLOSING_WORDS.has(m[0]) && ++words > 2) return null;
  }
  // The pandemic's own tags (#COVIDEmergency, #Covid19IndiaHelp) head leads, news and pleas alike: they say neither.
  const tagWords = prepared.hashtags
    .filter((t) => !t.words.some((w) => TOPIC_TAG_WORDS.has(w)))
    .flatMap((t) => t.words);
  const sos = tagWords.some((w) => SOS_TAG_WORDS.has(w));
  const lead = tagWords.some((w) => OFFER_TAG_WORDS.has(w));
  return sos && !lead ? 'request' : lead && !sos ? 'offer' : null;
}

export interface KindDecision {
  kind: UnderstoodKind;
  /** 0–1: how clearly the cues point one way (the margin between the winning side and the next). */
  confidence: number;
  /** The words and features that drove the decision. */
  because: string[];
  /** The cue weight on each side (zero where not scored). */
  scores: { request: number; offer: number; other: number };
  /** Which rule decided: cues outweighed, nothing specific, news outweighed, too weak, no phone, tags only. */
  rule: 'cues' | 'unspecific' | 'news' | 'weak' | 'no phone' | 'tags' | 'script';
}

/** Confidence from a margin of cue weight: one clear cue (2.5) over the next side is about 0.8. */
function fromMargin(margin: number): number {
  return Math.round(100 / (1 + Math.exp(-(margin + 0.5) / 1.2))) / 100;
}

export function decideKind(prepared: PreparedText, features: KindFeatures): KindDecision {
  const specific = features.resources > 0 || features.bloodGroups > 0 || features.phones > 0;
  const s = scoreKind(prepared, features, specific);
  const scores = { request: s.request, offer: s.offer, other: s.other };
  const tagged = features.resources > 0 ? tagsOnly(prepared) : null;
  if (tagged === 'request') {
    return { kind: 'request', confidence: 0.6, because: ['an SOS made of tags'], scores, rule: 'tags' };
  }
  if (tagged === 'offer') {
    return { kind: 'offer', confidence: 0.6, because: ['a lead made of tags'], scores, rule: 'tags' };
  }
  const other = (margin: number, why: string[], rule: KindDecision['rule']): KindDecision => ({
    kind: 'other',
    confidence: fromMargin(margin),
    because: why,
    scores,
    rule,
  });
  if (!specific) {
    if (s.request >= 4 && (features.hasAge || features.hasSpo2 || s.request >= 5)) {
      return { kind: 'request', confidence: fromMargin(s.request - 4), because: s.cues.request, scores, rule: 'cues' };
    }
    return other(4 - s.request, ['nothing specific: no resource, blood group or phone number'], 'unspecific');
  }
  const best = Math.max(s.request, s.offer);
  if (s.other >= 2 && s.request < 3.5 && s.offer < 3.5) return other(s.other - best + 1, s.cues.other, 'news');
  if (s.other >= 3 && best < s.other + 1) return other(s.other + 1 - best, s.cues.other, 'news');
  if (s.request < 1.5 && s.offer < 1.5) return other(1.5 - best, ['no cue of need or of availability'], 'weak');
  // Without a number to call, a plea or a lead says so plainly; a passing mention of a patient does not.
  if (features.phones === 0 && best < 2.5) return other(2.5 - best, ['no phone number and no plain cue'], 'no phone');
  const side = (kind: 'request' | 'offer', margin: number): KindDecision => ({
    kind,
    confidence: fromMargin(Math.min(margin, best - s.other)),
    because: kind === 'request' ? s.cues.request : s.cues.offer,
    scores,
    rule: 'cues',
  });
  if (s.request > s.offer) return side('request', s.request - s.offer);
  if (s.offer > s.request) return side('offer', s.offer - s.request);
  return side(features.hasAge || features.hasSpo2 ? 'request' : 'offer', 0);
}

export function classifyKind(prepared: PreparedText, features: KindFeatures): UnderstoodKind {
  return decideKind(prepared, features).kind;
}
