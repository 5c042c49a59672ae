// An in-memory token bucket per key (a client address): `perMinute` requests a minute, refilled
// continuously, bursts up to `perMinute`. One server process, so one map; it forgets buckets
// that have refilled, so its size follows the clients of the last minute.

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Bucket = { tokens: number; updatedAt: number };

const MAX_TRACKED_KEYS = 10_000;

export function createRateLimiter(perMinute: number) {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / 60_000;

  function refilled(bucket: Bucket, now: number): number {
    return Math.min(perMinute, bucket.tokens + (now - bucket.updatedAt) * refillPerMs);
  }

  function forgetFullBuckets(now: number) {
    for (const [key, bucket] of buckets) if (refilled(bucket, now) >= perMinute) buckets.delete(key);
  }

  return function take(key: string, now: number = Date.now()): RateLimitResult {
    const bucket = buckets.get(key);
    const tokens = bucket ? refilled(bucket, now) : perMinute;
    if (tokens < 1)
      return { allowed: false, retryAfterSeconds: Math.ceil((1 - tokens) / refillPerMs / 1000) };
    if (!bucket && buckets.size >= MAX_TRACKED_KEYS) forgetFullBuckets(now);
    buckets.set(key, { tokens: tokens - 1, updatedAt: now });
    return { allowed: true };
  };
}
