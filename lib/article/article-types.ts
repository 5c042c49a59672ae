// The article the dashboard annotates, and what the page shows of it. Filled by lib/data from the
// database (loaded from data/article/); the page and charts only read these shapes.
import type { Flow } from '../view-state/trade-terms';

export type ArticleNote = {
  id: string; // e.g. "sco-2001"
  yearFrom: number;
  yearTo: number; // equal to yearFrom for a single year; later for a band ("late 1990s")
  title: string; // short, our own words
  note: string; // one or two sentences, our own words
  paragraph: number; // the article paragraph it cites (1-based)
};

export type ClaimVerdict = 'consistent' | 'close' | 'inconsistent' | 'unverifiable';

export type ClaimCheck = {
  id: string; // e.g. "import-2017"
  reporter: string;
  partner: string;
  flow: Flow;
  year: number;
  quote: string; // the article's words, e.g. "nearly 16 percent"
  paragraph: number;
  wits: { value: number | null; reason?: string };
  dots: { value: number | null; flag?: string };
  verdict: ClaimVerdict;
  explanation: string; // e.g. "WITS 15.86 % is just under 16 %: consistent"
};

export type ArticleInfo = {
  title: string;
  outlet: string; // with its column: "The Diplomat (Crossroads Asia)"
  publication: string; // "The Diplomat"
  url: string;
  published: string; // "September 2019"
  reporter: string; // the economy the article is about ("KAZ")
};
