import 'server-only';
import { currentDataVersion } from './cached-by-version';

// The data version: the id of the last load that changed anything (0 before the first load), as
// the one probe reads it (lib/database/data-version-probe.ts).
export const getDataVersion = currentDataVersion;
