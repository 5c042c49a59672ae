// Every rejection names where in which file it happened and what was expected there, so the
// person fixing the file does not have to guess.
export type SourceLocation = { file: string; line?: number; column?: string };

export class IngestError extends Error {
  readonly location: SourceLocation;
  readonly expected: string;

  constructor(location: SourceLocation, expected: string) {
    super(`${formatLocation(location)}: ${expected}`);
    this.name = 'IngestError';
    this.location = location;
    this.expected = expected;
  }
}

export function formatLocation({ file, line, column }: SourceLocation): string {
  return [
    file,
    line === undefined ? '' : `, line ${line}`,
    column === undefined ? '' : `, column "${column}"`,
  ].join('');
}
