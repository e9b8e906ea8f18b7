// The understanding engine's speed on one core: messages per second on tweet-length text, and the worst
// time on 10 KB adversarial inputs (the issue asks >= 5,000 messages/s and <= 50 ms).
import os from 'node:os';
import { adversarialInputs } from '../src/server/domain/understanding/adversarial.js';
import { understand } from '../src/server/domain/understanding/understand.js';

const TEMPLATES = [
  'URGENT need {res} in {city} for my {rel}, age {age}, SpO2 {spo2} on oxygen support at home. Please help, contact {phone} #SOS{city} #COVIDEmergency #CovidIndia',
  '✅ Verified at {time}: {res} available at {place}, {city}. Call {phone} / {phone2} before going. Limited stock. #{city}Covid #Verified #CovidResources',
  '{cityHi} में {resHi} की तुरंत जरूरत है, मरीज की उम्र {age} वर्ष है और ऑक्सीजन लेवल {spo2} है। कृपया मदद करें, संपर्क करें {phone} #COVID19',
  'Bhai koi {res} dila do {city} mein, papa ka oxygen {spo2} hai aur hospital me jagah nahi hai. Please help karo, call {phone} @help_{city}',
  '{city}: hospitals report an acute shortage of {res} as cases surge; the state govt says supply will improve by next week, officials said on Monday #CovidIndia',
  'Need {bg} plasma donor at {place}, {city}. Patient {age}M admitted since Monday, doctors advised plasma therapy. Pls RT and share @help_{city} {phone}',
  'We are providing free {res} to covid patients in home isolation in {city}. DM or WhatsApp {phone} with prescription (verified by our team today)',
];
const FILL: Record<string, string[]> = {
  res: ['oxygen cylinder', 'ICU bed', 'oxygen bed with ventilator', 'Remdesivir', 'oxygen concentrator', 'plasma'],
  resHi: ['ऑक्सीजन सिलेंडर', 'आईसीयू बेड', 'रेमडेसिविर इंजेक्शन', 'प्लाज्मा'],
  city: ['Delhi', 'Lucknow', 'Bengaluru', 'Pune', 'Hyderabad', 'Patna', 'Indore', 'Chennai'],
  cityHi: ['लखनऊ', 'कानपुर', 'दिल्ली', 'पटना', 'इंदौर'],
  rel: ['father', 'mother', 'uncle', 'sister'],
  age: ['45', '62', '71', '38'],
  spo2: ['78', '84', '88'],
  phone: ['98390 12345', '+91-94151-23456', '0522-2257140', '9876543210'],
  phone2: ['8765432109', '011-23214352'],
  time: ['10:30 am', '4 pm 05/05'],
  place: ['Apollo Hospital', 'Sharma Gas Agency', 'Civil Hospital'],
  bg: ['B+ve', 'O negative', 'AB+'],
};

function corpus(count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length] ?? '';
    out.push(
      template.replace(/\{(\w+)\}/g, (_w, key: string) => FILL[key]?.[(i * 7 + key.length) % FILL[key].length] ?? ''),
    );
  }
  return out;
}

export async function benchUnderstanding(): Promise<void> {
  const messages = corpus(1000);
  const averageLength = messages.reduce((s, m) => s + m.length, 0) / messages.length;
  for (let i = 0; i < 3; i++) for (const m of messages) understand(m); // warm up (JIT)
  // Several short rounds: the median is the honest figure, the best one what an idle core does.
  const roundMs = Number(process.env.BENCH_UNDERSTANDING_MS ?? 600);
  const rates: number[] = [];
  // Also per second of this process's own CPU time: on a machine shared with other work, wall-clock rates
  // measure the neighbours too.
  const cpuRates: number[] = [];
  for (let round = 0; round < 7; round++) {
    let count = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    while (performance.now() - started < roundMs) {
      for (const m of messages) understand(m);
      count += messages.length;
    }
    rates.push(count / ((performance.now() - started) / 1000));
    const used = process.cpuUsage(cpu);
    cpuRates.push(count / ((used.user + used.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  cpuRates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  const best = rates[rates.length - 1] ?? 0;
  const cpuMedian = cpuRates[Math.floor(cpuRates.length / 2)] ?? 0;
  // The rules alone, for the cost of the trained heads.
  const rulesStarted = process.cpuUsage();
  let rulesCount = 0;
  for (let round = 0; round < 3; round++) {
    for (const m of messages) understand(m, { model: null });
    rulesCount += messages.length;
  }
  const rulesUsed = process.cpuUsage(rulesStarted);
  const rulesRate = rulesCount / ((rulesUsed.user + rulesUsed.system) / 1e6);

  let worst = { name: '', ms: 0 };
  for (const [name, input] of adversarialInputs(10_240)) {
    let fastest = Infinity;
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      understand(input);
      fastest = Math.min(fastest, performance.now() - t);
    }
    if (fastest > worst.ms) worst = { name, ms: fastest };
  }
  const load = os.loadavg()[0] ?? 0;
  process.stdout.write(
    `\nUnderstanding engine (one core; ${os.cpus().length} cores, load average ${load.toFixed(2)})\n` +
      `  tweet-length messages (${averageLength.toFixed(0)} characters on average): ` +
      `${median.toFixed(0)} messages/s median, ${best.toFixed(0)} best of ${rates.length} rounds (target >= 5,000); ` +
      `${cpuMedian.toFixed(0)} per CPU-second (rules alone: ${rulesRate.toFixed(0)})\n` +
      `  worst 10 KB adversarial input: ${worst.ms.toFixed(1)} ms ("${worst.name}"; target <= 50 ms)\n`,
  );
}
