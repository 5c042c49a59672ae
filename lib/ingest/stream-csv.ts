import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import Papa from 'papaparse';
import { IngestError } from './ingest-error';
import { checkHeader, newlinesIn, recordFromRow, type CsvRecord } from './read-csv';

export type CsvEncoding = 'utf8' | 'latin1';

export type StreamedFile = { checksum: string; bytes: number };

export type StreamCsvOptions = {
  file: string; // as named in errors
  path: string; // where to read it
  encoding: CsvEncoding;
  onHeader: (header: string[]) => void;
  onRecords: (records: CsvRecord[]) => void; // called with each parsed chunk, in file order
  onBytes?: (bytesRead: number) => void; // bytes of the file as stored (compressed for .gz)
};

// Streams a CSV file (gunzipped on the way when it ends in .gz) through papaparse's streaming
// parser, so memory does not grow with the file. Records keep their line number in the file, as
// readCsv's do; the sha256 of the file's bytes is computed on the same pass.
export function streamCsv(options: StreamCsvOptions): Promise<StreamedFile> {
  const { file } = options;
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    let header: string[] | undefined;
    let line = 0;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      source.destroy();
      reject(error);
    };

    const source = createReadStream(options.path);
    source.on('error', (error: NodeJS.ErrnoException) =>
      fail(new IngestError({ file }, `a readable file (${error.code ?? String(error)})`)),
    );
    const counted = source.pipe(
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          bytes += chunk.length;
          options.onBytes?.(bytes);
          done(null, chunk);
        },
      }),
    );
    let text: Readable = counted;
    if (options.path.endsWith('.gz')) {
      const gunzip = createGunzip();
      gunzip.on('error', (error) => fail(new IngestError({ file }, `a gzip file (${error.message})`)));
      text = counted.pipe(gunzip);
    }
    text.setEncoding(options.encoding);
    // Every line of a whole file ends with a line break: a file cut short (a copy or download that
    // stopped, a gzip stream cut and re-compressed) ends inside its last line, which may still
    // parse, cells and all, while every line after it is gone.
    let lastChar = '';
    text.on('data', (chunk: string) => {
      if (chunk.length > 0) lastChar = chunk[chunk.length - 1];
    });

    Papa.parse<string[]>(text as unknown as NodeJS.ReadableStream, {
      skipEmptyLines: false,
      chunk: (results, parser) => {
        if (failed) return;
        try {
          const quoteError = results.errors.find((error) => error.type === 'Quotes');
          if (quoteError)
            throw new IngestError(
              { file, line: line + 1 },
              `well-formed quoting (malformed quoting: ${quoteError.message})`,
            );
          const records: CsvRecord[] = [];
          for (const row of results.data) {
            if (header === undefined) {
              if (row.length > 0) row[0] = row[0].replace(/^\uFEFF/, '');
              header = checkHeader(file, row);
              line = 1 + newlinesIn(row);
              options.onHeader(header);
              continue;
            }
            line += 1;
            const record = recordFromRow(file, header, row, line);
            line += newlinesIn(row);
            if (record) records.push(record);
          }
          if (records.length > 0) options.onRecords(records);
        } catch (error) {
          fail(error); // first: abort() calls complete
          parser.abort();
        }
      },
      complete: () => {
        if (failed) return;
        if (header === undefined)
          return fail(new IngestError({ file }, 'the file is empty; expected a header row and data rows'));
        if (lastChar !== '\n' && lastChar !== '\r')
          return fail(
            new IngestError(
              { file, line },
              `a line break at the end of the file (it ends inside line ${line}: cut short?)`,
            ),
          );
        resolve({ checksum: hash.digest('hex'), bytes });
      },
      error: (error: Error) => fail(new IngestError({ file }, `a readable CSV file (${error.message})`)),
    });
  });
}

// The sha256 of a file's bytes, read as a stream: to skip a file that has not changed before
// parsing it.
export function fileChecksum(file: string, filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(filePath)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', (error: NodeJS.ErrnoException) =>
        reject(new IngestError({ file }, `a readable file (${error.code ?? String(error)})`)),
      )
      .on('end', () => resolve(hash.digest('hex')));
  });
}
