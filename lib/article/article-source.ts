import { z } from 'zod';
import metadata from '../../data/article/article.json';

// The browser parses this too (lib/panel/article-scope.ts). Zod's object parser first probes for eval
// with a caught `new Function`, which the page's nonce CSP reports as a violation: never probe.
z.config({ jitless: true });

// The one article the dashboard annotates: its metadata is data (data/article/article.json, see
// data/article/README.md), read and checked here once for the loader, the page and the images.
const articleMetadataSchema = z.object({
  title: z.string().min(1),
  publication: z.string().min(1), // "The Diplomat"
  column: z.string().min(1),
  url: z.url(),
  published: z.string().min(1), // as the page says it: "September 2019"
  reporter: z.string().regex(/^[A-Z]{3}$/), // the economy it is about: its notes and claims show on its views only
  paragraphs: z.number().int().positive(), // data/article rows may cite paragraphs 1 to this
});

const parsed = articleMetadataSchema.parse(metadata);

export const ARTICLE = {
  ...parsed,
  outlet: `${parsed.publication} (${parsed.column})`, // as stored on the article datasets
} as const;
