import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import Papa from 'papaparse';

// A deterministic file in the IMF DOTS long format (the columns of data/imf-dots/dots_all_long.csv.gz),
// with names the loader resolves through data/economies.csv. Every reporter has a World row per flow
// and year, so the loader derives shares as it does for the real file. Values are made up.
export async function writeSyntheticDots(
  file: string,
  shape: { reporters: number; partners: number; years: number },
) {
  const names = Papa.parse<Record<string, string>>(readFileSync('data/economies.csv', 'utf8'), {
    header: true,
    skipEmptyLines: true,
  })
    .data.filter((row) => row.source === 'dots' && row.alias !== 'World')
    .map((row) => row.alias);
  if (names.length < Math.max(shape.reporters, shape.partners - 1)) throw new Error('not enough DOTS names');
  const partners = ['World', ...names.slice(0, shape.partners - 1)];
  const out = createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(
    'reporter,reporter_iso3,flow,partner,year,value_as_stored,value_usd_millions,estimate_flag,source_file\n',
  );
  let i = 0;
  for (const reporter of names.slice(0, shape.reporters)) {
    for (const flow of ['exports_fob', 'imports_cif']) {
      for (const partner of partners) {
        for (let year = 2020 - shape.years + 1; year <= 2020; year += 1) {
          i += 1;
          const value = partner === 'World' ? 1_000_000 + (i % 997) : ((i * 7919) % 100_000) / 100;
          const estimate = i % 11 === 0 ? 'e' : '';
          await write(
            `${Papa.unparse([[reporter]])},,${flow},${Papa.unparse([[partner]])},${year},${value},${value},${estimate},SYNTHETIC.xlsx\n`,
          );
        }
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return i;
}
