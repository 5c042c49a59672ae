import { z } from 'zod';
import { CODES_OUTSIDE_ISO_FILE, isIsoAlpha3 } from './economy-codes';
import { IngestError } from './ingest-error';
import { expectColumns, type CsvTable } from './read-csv';
import type { EconomyRef } from './source-row';
import { validateRecord } from './validate-record';

export type Economy = { code: string; name: string; kind: 'economy' | 'aggregate' };
export type EconomyAliasRow = { source: string; alias: string; economyCode: string };
export type EconomyReference = { economies: Map<string, Economy>; aliases: EconomyAliasRow[] };

const economyRecordSchema = z.object({
  code: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'a three-letter code (ISO 3166-1 alpha-3 or an aggregate code)' }),
  name: z.string().trim().min(1, { message: 'a display name' }),
  kind: z.enum(['economy', 'aggregate'], { message: 'economy or aggregate' }),
  source: z.enum(['wits', 'wits-file', 'dots'], { message: 'wits, wits-file or dots' }),
  alias: z.string().min(1, { message: "the economy's name as that source spells it" }),
});

// data/economies.csv: one row per spelling a source uses, all pointing at one code. An economy's
// code is ISO 3166-1 alpha-3 or one of `codesOutsideIso` (data/economy-codes-outside-iso.csv);
// an aggregate's is any three letters.
export function economiesCsvToReference(
  table: CsvTable,
  codesOutsideIso: ReadonlyMap<string, string> = new Map(),
): EconomyReference {
  expectColumns(table, Object.keys(economyRecordSchema.shape));
  const economies = new Map<string, Economy>();
  const aliases = new Map<string, EconomyAliasRow>();
  for (const record of table.records) {
    const row = validateRecord(economyRecordSchema, table, record);
    if (row.kind === 'economy' && !isIsoAlpha3(row.code) && !codesOutsideIso.has(row.code))
      throw new IngestError(
        { file: table.file, line: record.line, column: 'code' },
        `an ISO 3166-1 alpha-3 code, a code listed in ${CODES_OUTSIDE_ISO_FILE}, or kind "aggregate" (found "${row.code}")`,
      );
    const known = economies.get(row.code);
    if (known && (known.name !== row.name || known.kind !== row.kind)) {
      throw new IngestError(
        { file: table.file, line: record.line, column: 'name' },
        `the same name and kind as earlier rows for ${row.code} ("${known.name}", ${known.kind})`,
      );
    }
    economies.set(row.code, { code: row.code, name: row.name, kind: row.kind });
    const key = aliasKey(row.source, row.alias);
    if (aliases.has(key))
      throw new IngestError(
        { file: table.file, line: record.line, column: 'alias' },
        `each ${row.source} spelling only once ("${row.alias}" is repeated)`,
      );
    aliases.set(key, { source: row.source, alias: row.alias, economyCode: row.code });
  }
  return { economies, aliases: [...aliases.values()] };
}

// Looks up the code for an economy as a source refers to it; undefined when it is not known.
export function economyCodeFor(
  reference: EconomyReference,
  source: string,
  ref: EconomyRef,
): string | undefined {
  if (!('name' in ref)) return reference.economies.has(ref.code) ? ref.code : undefined;
  return lookupTable(reference).get(source)?.get(ref.name);
}

// Source → alias → code. Two lookups rather than one by a joined key: the loader looks up two
// names per row, and joining them into a new string each time cost more than the lookups.
const lookupTables = new WeakMap<EconomyReference, Map<string, Map<string, string>>>();
function lookupTable(reference: EconomyReference): Map<string, Map<string, string>> {
  let table = lookupTables.get(reference);
  if (!table) {
    table = new Map();
    for (const row of reference.aliases) {
      const bySource = table.get(row.source) ?? new Map<string, string>();
      bySource.set(row.alias, row.economyCode);
      table.set(row.source, bySource);
    }
    lookupTables.set(reference, table);
  }
  return table;
}

function aliasKey(source: string, alias: string): string {
  return `${source}\u0000${alias}`;
}
