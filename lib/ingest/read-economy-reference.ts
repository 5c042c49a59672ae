import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { economiesCsvToReference, type EconomyReference } from './economies-csv-to-reference';
import { CODES_OUTSIDE_ISO_FILE_NAME, codesOutsideIsoCsvToMap } from './economy-codes';
import { IngestError } from './ingest-error';
import { readCsv } from './read-csv';

// data/economies.csv (or `economiesFile` under `root`) as the reference every name resolves
// against, its codes checked against ISO 3166-1 and the list of economy-codes-outside-iso.csv
// beside it. Read whole on every load: both files are small.
export function readEconomyReference(
  root: string,
  economiesFile: string,
): { reference: EconomyReference; checksum: string } {
  const outsideIsoFile = path.join(path.dirname(economiesFile), CODES_OUTSIDE_ISO_FILE_NAME);
  const codesOutsideIso = codesOutsideIsoCsvToMap(
    readCsv(outsideIsoFile, readWholeFile(root, outsideIsoFile).text),
  );
  const economies = readWholeFile(root, economiesFile);
  const reference = economiesCsvToReference(readCsv(economiesFile, economies.text), codesOutsideIso);
  return { reference, checksum: economies.checksum };
}

export function readWholeFile(root: string, file: string): { text: string; checksum: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (error) {
    throw new IngestError(
      { file },
      `a readable file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return { text: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
}
