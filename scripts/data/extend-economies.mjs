// One-off (2026-11-29): adds to data/economies.csv every WITS and IMF DOTS spelling of the world
// files that it did not list yet. Codes come from the WITS file names (ISO 3166-1 alpha-3 where
// they are one), from i18n-iso-countries for partner names it knows, and from the short curated
// tables below; see data/ECONOMIES.md. It only adds rows (and declares BLX an aggregate).
// Usage: node scripts/data/extend-economies.mjs <folder of WITS files> <DOTS .csv.gz>
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import countries from 'i18n-iso-countries';
import Papa from 'papaparse';

const [witsFolder, dotsFile] = process.argv.slice(2);
const ECONOMIES = 'data/economies.csv';

// WITS file codes that are not ISO 3166-1 alpha-3, and the code this project uses for them.
const WITS_FILE_CODES = {
  ANT: 'ANT',
  BLX: 'BLX',
  EUN: 'EUU',
  MNT: 'MNE',
  ROM: 'ROU',
  SER: 'SCG',
  SUD: 'SDN',
  TMP: 'TLS',
  Wld: 'WLD',
  OAS: 'ZAS',
  ECS: 'ECS',
  LCN: 'LCN',
  NAC: 'NAC',
  SAS: 'SAS',
  SSF: 'SSF',
  SDN: 'XSD', // "Fm Sudan" (before South Sudan's independence); ISO's SDN is WITS's SUD, "Sudan"
};
// Codes new to this table that are not in ISO 3166-1: name and kind.
const NEW_CODES = {
  ECS: ['Europe & Central Asia', 'aggregate'],
  LCN: ['Latin America & Caribbean', 'aggregate'],
  NAC: ['North America', 'aggregate'],
  SAS: ['South Asia', 'aggregate'],
  XSD: ['Sudan (former, before 2011)', 'economy'],
  SUN: ['USSR', 'economy'], // ISO 3166-3
  DDR: ['German Democratic Republic', 'economy'], // ISO 3166-3
  YMD: ["Yemen, People's Democratic Republic", 'economy'], // ISO 3166-3
  ZBK: ['Bunkers', 'aggregate'],
  ZFZ: ['Free zones', 'aggregate'],
};
// Partner spellings i18n-iso-countries does not resolve, and their code.
const NAMED = {
  wits: {
    'Special Categories': 'ZSC',
    Bunkers: 'ZBK',
    'Free Zones': 'ZFZ',
    'Congo, Dem. Rep.': 'COD',
    'Korea, Dem. Rep.': 'PRK',
    'German Democratic Republic': 'DDR',
    'Soviet Union': 'SUN',
    Czechoslovakia: 'CSK',
    'Saint Maarten (Dutch part)': 'SXM',
    'Heard Island and McDonald Isla': 'HMD',
  },
  dots: {
    'Palau, Rep. of': 'PLW',
    'Sint Maarten, Kingdom of the Netherlands': 'SXM',
    USSR: 'SUN',
    'Eastern Germany': 'DDR',
    "Yemen, People's Dem. Rep. of": 'YMD',
  },
};
// Left without a code (the loader skips them and says so): lib/ingest/skipped-names.ts.
const SKIPPED = new Set(['Yemen Arab Rep.', 'South African Common Customs Area (SACCA)', 'Malaysia, West']);

const rows = Papa.parse(fs.readFileSync(ECONOMIES, 'utf8'), { header: true, skipEmptyLines: true }).data;
const byCode = new Map(rows.map((r) => [r.code, r]));
const aliases = new Set(rows.map((r) => `${r.source}|${r.alias}`));
const added = [];
function add(code, source, alias, fallbackName) {
  if (aliases.has(`${source}|${alias}`)) return;
  const known = byCode.get(code);
  const [name, kind] = known
    ? [known.name, known.kind]
    : (NEW_CODES[code] ?? [fallbackName ?? countries.getName(code, 'en', { select: 'official' }), 'economy']);
  if (!name) throw new Error(`no name for ${code} (${alias})`);
  const row = { code, name, kind, source, alias };
  rows.push(row);
  byCode.set(code, row);
  aliases.add(`${source}|${alias}`);
  added.push(row);
}
const isoCode = (name) => countries.getAlpha3Code(name, 'en');

const witsPartners = new Set();
for (const file of fs
  .readdirSync(witsFolder)
  .filter((f) => f.endsWith('_AllYears_WITS_Trade_Summary.CSV'))
  .sort()) {
  const fileCode = file.slice(3, 6);
  const code = WITS_FILE_CODES[fileCode] ?? (countries.isValid(fileCode) ? fileCode : undefined);
  const text = fs.readFileSync(path.join(witsFolder, file), 'latin1');
  const records = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  if (records.length === 0) continue; // five region files hold only the header row
  if (!code) throw new Error(`no code for WITS file ${file}`);
  if (records.length > 0) add(code, 'wits-file', fileCode);
  for (const record of records) {
    const reporter = record.Reporter.trim();
    if (reporter !== '') add(code, 'wits', reporter, reporter);
    if (record.Partner.trim() !== '...') witsPartners.add(record.Partner.trim());
  }
}
for (const partner of witsPartners) {
  if (aliases.has(`wits|${partner}`)) continue;
  const code = NAMED.wits[partner] ?? isoCode(partner);
  if (!code) throw new Error(`no code for WITS partner ${partner}`);
  add(code, 'wits', partner);
}

const dotsNames = new Set();
Papa.parse(fs.createReadStream(dotsFile).pipe(zlib.createGunzip()).setEncoding('utf8'), {
  header: true,
  step: ({ data }) => {
    if (data.reporter) dotsNames.add(data.reporter);
    if (data.partner) dotsNames.add(data.partner);
  },
  complete: () => {
    for (const name of dotsNames) {
      if (aliases.has(`dots|${name}`) || SKIPPED.has(name)) continue;
      const code = NAMED.dots[name];
      if (!code) throw new Error(`no code for DOTS name ${name}`);
      add(code, 'dots', name);
    }
    for (const row of rows) if (row.code === 'BLX') row.kind = 'aggregate';
    rows.sort((a, b) =>
      a.code + '\u0000' + a.source + '\u0000' + a.alias < b.code + '\u0000' + b.source + '\u0000' + b.alias
        ? -1
        : 1,
    );
    fs.writeFileSync(
      ECONOMIES,
      Papa.unparse(rows, { columns: ['code', 'name', 'kind', 'source', 'alias'], newline: '\n' }) + '\n',
    );
    console.log(`added ${added.length} rows`);
    for (const r of added) console.log(`  ${r.code} ${r.source} ${r.alias} (${r.name}, ${r.kind})`);
  },
});
