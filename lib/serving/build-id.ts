import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The build serving this process: part of every ETag, so a deploy that changes how a view is
// drawn never answers 304 for a body the old code made. `next dev` has no build id: each module
// reload gets a fresh one instead.
function readBuildId(): string {
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return `dev-${Date.now().toString(36)}`;
  }
}

export const BUILD_ID =
  process.env.NODE_ENV === 'production' ? readBuildId() : `dev-${Date.now().toString(36)}`;
