import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE } from '../article/article-source';
import { articleClaimsCsvToClaims, type ClaimInput } from './article-claims-csv-to-claims';
import { articleNotesCsvToAnnotations, type AnnotationInput } from './article-notes-csv-to-annotations';
import { dotsRecordReader } from './dots-csv-to-rows';
import type { EconomyReference } from './economies-csv-to-reference';
import type { CsvRecord, CsvTable } from './read-csv';
import type { ReadTally } from './read-tally';
import type { SourceRow } from './source-row';
import type { CsvEncoding } from './stream-csv';
import { witsRecordReader } from './wits-csv-to-rows';
import type { ProfileSink } from './wits-profile-rows';

type DatasetMeta = {
  id: string;
  file: string; // relative to the repository root
  publisher: string;
  indicator: string;
  unit: string;
  url: string;
  encoding: CsvEncoding;
};

// A file of numbers, streamed record by record. `reporterAlias` is how the file itself names its
// reporter (the WITS file name's code), resolved through data/economies.csv.
export type ObservationFile = DatasetMeta & {
  source: 'wits' | 'dots';
  reporterAlias?: { source: string; alias: string };
  derivesShares: boolean;
  nameColumns: { reporter: (header: string[]) => string; partner: string };
  recordReader: (
    file: string,
    header: string[],
    fileReporter: { code: string } | undefined,
    tally: ReadTally,
    profile?: ProfileSink, // WITS: where the profile's rows go (wits-profile-rows.ts)
  ) => (record: CsvRecord) => SourceRow[];
};

// A small file read whole: the article's notes and claims.
export type ArticleFile = DatasetMeta & {
  source: 'article';
  toContent: (
    table: CsvTable,
    reference: EconomyReference,
  ) => { annotations: AnnotationInput[]; claims: ClaimInput[]; notes: string[] };
};

export type DatasetFile = ObservationFile | ArticleFile;

// The reference table every other file's names are resolved against; loaded first.
export const ECONOMIES_FILE = 'data/economies.csv';
export const WITS_FOLDER = 'data/worldbank';
export const DOTS_FILE = 'data/imf-dots/dots_all_long.csv.gz';

const WITS_FILE_NAME = /^en_([A-Za-z]{3})_AllYears_WITS_Trade_Summary\.CSV$/;

function witsFile(fileName: string): ObservationFile {
  const code = WITS_FILE_NAME.exec(fileName)![1];
  return {
    id: `wits-${code}`,
    source: 'wits',
    file: `${WITS_FOLDER}/${fileName}`,
    publisher: 'World Bank, World Integrated Trade Solution (WITS), from UN Comtrade',
    indicator:
      'Trade Summary: partner share (%) and trade (US$ million) of the top 5 import and export partners; World totals; ' +
      'trade by product group and stage of processing; trade indicators',
    unit: 'percent of total imports or exports; US$ million',
    url: 'https://wits.worldbank.org/data/public/cp/wits_en_trade_summary_allcountries_allyears.zip',
    encoding: 'latin1', // WITS writes Windows-1252 (e.g. "Curaçao" in en_ABW); ASCII otherwise
    reporterAlias: { source: 'wits-file', alias: code },
    derivesShares: false,
    nameColumns: { reporter: () => 'Reporter', partner: 'Partner' },
    recordReader: witsRecordReader,
  };
}

const DOTS: ObservationFile = {
  id: 'dots',
  source: 'dots',
  file: DOTS_FILE,
  publisher: 'International Monetary Fund, Direction of Trade Statistics (DOTS)',
  indicator:
    'Exports FOB and imports CIF by partner, all partners and World; shares derived here as partner ÷ World × 100',
  unit: 'US$ million; derived shares in percent of the World total',
  url: 'https://data.imf.org/',
  encoding: 'utf8',
  derivesShares: true,
  nameColumns: {
    reporter: (header) => (header.includes('reporter') ? 'reporter' : 'reporter_iso3'),
    partner: 'partner',
  },
  recordReader: (file, header) => {
    const read = dotsRecordReader(file, header);
    return (record) => [read(record)];
  },
};

const ARTICLE_FILES: ArticleFile[] = [
  {
    id: 'article-notes',
    source: 'article',
    file: 'data/article/notes.csv',
    publisher: ARTICLE.outlet,
    indicator: 'Events the article mentions, in our own words, each citing its paragraph',
    unit: 'years',
    url: ARTICLE.url,
    encoding: 'utf8',
    toContent: (table) => {
      const annotations = articleNotesCsvToAnnotations(table);
      return {
        annotations,
        claims: [],
        notes: [`${annotations.length} article notes, stored as annotations`],
      };
    },
  },
  {
    id: 'article-claims',
    source: 'article',
    file: 'data/article/claims.csv',
    publisher: ARTICLE.outlet,
    indicator: "The article's trade claims (paragraph 5): China's share of Kazakhstan's imports and exports",
    unit: 'percent of total imports or exports',
    url: ARTICLE.url,
    encoding: 'utf8',
    toContent: (table, reference) => {
      const claims = articleClaimsCsvToClaims(table, reference);
      return { annotations: [], claims, notes: [`${claims.length} trade claims, stored as claims to check`] };
    },
  },
];

// Every file under data/ the loader reads: each WITS file in data/worldbank/, the IMF DOTS file,
// and the article's notes and claims.
export function listDatasetFiles(root: string = process.cwd()): DatasetFile[] {
  const wits = readdirSync(path.join(root, WITS_FOLDER))
    .filter((name) => WITS_FILE_NAME.test(name))
    .sort()
    .map(witsFile);
  return [...wits, DOTS, ...ARTICLE_FILES];
}

// One WITS file as a dataset, or the IMF DOTS dataset: for tests that load fixtures.
export const datasetFileFor = { wits: witsFile, dots: DOTS } as const;
