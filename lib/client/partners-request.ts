import { z } from 'zod';
import { SOURCES } from '../view-state/trade-terms';

// /api/partners's parameters. Server-side only in practice: zod's object schemas probe for eval
// when built, which the page's CSP reports, so the client's query (lib/client/partners-query.ts) does not
// import this.
export const partnersRequestSchema = z.object({
  reporter: z.string().regex(/^[A-Z0-9]{3}$/, 'reporter must be a three-character economy code, e.g. KAZ'),
  source: z.enum(SOURCES),
});
