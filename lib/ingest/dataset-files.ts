import { ARTICLE } from '../article-source';
import { articleClaimsCsvToClaims, type ClaimInput } from './article-claims-csv-to-claims';
import { articleNotesCsvToAnnotations, type AnnotationInput } from './article-notes-csv-to-annotations';
import { deriveShares } from './derive-shares';
import { dotsCsvToRows } from './dots-csv-to-rows';
import type { EconomyReference } from './economies-csv-to-reference';
import type { CsvTable } from './read-csv';
import { rowsToObservations, type ObservationInput } from './rows-to-observations';
import { witsCsvToRows } from './wits-csv-to-rows';

// A dataset is replaced whole: its observations, and the article's notes and claims when it has them.
export type DatasetContent = {
  observations: ObservationInput[];
  notes: string[];
  annotations?: AnnotationInput[];
  claims?: ClaimInput[];
};

export type DatasetFile = {
  id: string;
  source: 'wits' | 'dots' | 'article';
  file: string; // relative to the repository root
  publisher: string;
  indicator: string;
  unit: string;
  url: string;
  toContent: (table: CsvTable, reference: EconomyReference) => DatasetContent;
};

// The reference table every other file's names are resolved against; loaded first.
export const ECONOMIES_FILE = 'data/economies.csv';

const WITS = {
  source: 'wits',
  publisher: 'World Bank, World Integrated Trade Solution (WITS), from UN Comtrade',
  indicator:
    'Trade Summary: partner share (%) and trade (US$ million) of the top 5 import and export partners; World totals',
  unit: 'percent of total imports or exports; US$ million',
  url: 'https://wits.worldbank.org/data/public/cp/wits_en_trade_summary_allcountries_allyears.zip',
  toContent: (table: CsvTable, reference: EconomyReference) => {
    const context = {
      file: table.file,
      source: 'wits',
      nameColumns: { reporter: 'Reporter', partner: 'Partner' },
    } as const;
    const { observations } = rowsToObservations(witsCsvToRows(table), context, reference);
    return { observations, notes: [] };
  },
} as const;

function witsFile(reporter: string): DatasetFile {
  return {
    id: `wits-${reporter}`,
    file: `data/worldbank/en_${reporter}_AllYears_WITS_Trade_Summary.CSV`,
    ...WITS,
  };
}

export const DATASET_FILES: DatasetFile[] = [
  witsFile('KAZ'),
  witsFile('KGZ'),
  witsFile('TJK'),
  witsFile('TKM'),
  {
    id: 'dots-central-asia',
    source: 'dots',
    file: 'data/imf-dots/dots_central_asia_long.csv',
    publisher: 'International Monetary Fund, Direction of Trade Statistics (DOTS)',
    indicator:
      'Exports FOB and imports CIF by partner, all partners and World; shares derived here as partner ÷ World × 100',
    unit: 'US$ million; derived shares in percent of the World total',
    url: 'https://data.imf.org/',
    toContent: (table, reference) => {
      const context = {
        file: table.file,
        source: 'dots',
        nameColumns: { reporter: 'reporter_iso3', partner: 'partner' },
      } as const;
      const { observations, exactDuplicates } = rowsToObservations(dotsCsvToRows(table), context, reference);
      const notes =
        exactDuplicates > 0
          ? [`${exactDuplicates} rows repeated with identical values were counted once`]
          : [];
      return { observations: [...observations, ...deriveShares(observations)], notes };
    },
  },
  {
    id: 'article-notes',
    source: 'article',
    file: 'data/article/notes.csv',
    publisher: ARTICLE.outlet,
    indicator: 'Events the article mentions, in our own words, each citing its paragraph',
    unit: 'years',
    url: ARTICLE.url,
    toContent: (table) => {
      const annotations = articleNotesCsvToAnnotations(table);
      return {
        observations: [],
        annotations,
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
    toContent: (table, reference) => {
      const claims = articleClaimsCsvToClaims(table, reference);
      return {
        observations: [],
        claims,
        notes: [`${claims.length} trade claims, stored as claims to check`],
      };
    },
  },
];
