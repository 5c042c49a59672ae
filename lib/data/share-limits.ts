import { z } from 'zod';

// How much short-link traffic one server accepts (docs/security.md). Read from the environment
// once; a value that is not a positive integer stops the server rather than meaning "no limit".
const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const shareLimitsSchema = z.object({
  SHARE_RATE_LIMIT_PER_MINUTE: positiveInteger(30),
  SHARED_VIEWS_MAX: positiveInteger(100_000),
});

export type ShareLimits = { perClientPerMinute: number; maxStoredViews: number };

export function readShareLimits(env: Record<string, string | undefined> = process.env): ShareLimits {
  const parsed = shareLimitsSchema.parse({
    SHARE_RATE_LIMIT_PER_MINUTE: env.SHARE_RATE_LIMIT_PER_MINUTE || undefined,
    SHARED_VIEWS_MAX: env.SHARED_VIEWS_MAX || undefined,
  });
  return { perClientPerMinute: parsed.SHARE_RATE_LIMIT_PER_MINUTE, maxStoredViews: parsed.SHARED_VIEWS_MAX };
}
