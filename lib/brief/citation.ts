import type { Brief } from './brief';

// A view's citation in three forms — APA (7th edition, data set), BibTeX and RIS — naming the
// dashboard, the publishers of the view's files, the data version and its date, the permalink and
// the access date. The panel on the page, the PDF and the workbook all print these strings.

export type CitationInput = Pick<Brief, 'site' | 'title' | 'sources' | 'dataVersion' | 'permalink' | 'made'>;

export type Citations = { apa: string; bibtex: string; ris: string };

// Both publishers when the view names no file (a reporter no source covers): what the dashboard draws on.
const ALL_PUBLISHERS = [
  'World Bank, World Integrated Trade Solution (WITS), from UN Comtrade',
  'International Monetary Fund, Direction of Trade Statistics (DOTS)',
];

export function citeView(input: CitationInput): Citations {
  return { apa: apaCitation(input), bibtex: bibtexCitation(input), ris: risCitation(input) };
}

export function publishersOf(input: Pick<CitationInput, 'sources'>): string[] {
  const named = [...new Set(input.sources.map((s) => s.publisher))];
  return named.length > 0 ? named : ALL_PUBLISHERS;
}

function versionText({ dataVersion }: CitationInput): string {
  return `data version ${dataVersion.id}${dataVersion.date ? ` of ${dataVersion.date}` : ''}`;
}

const year = (input: CitationInput) => (input.dataVersion.date ?? input.made).slice(0, 4);

function longDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function apaCitation(input: CitationInput): string {
  const title = input.title.replace(/[.\s]+$/, '');
  return (
    `${input.site}. (${year(input)}). ${title} (${versionText(input)}) [Data set]. ` +
    `Data from ${publishersOf(input).join('; ')}. Retrieved ${longDate(input.made)}, from ${input.permalink}`
  );
}

// BibTeX's special characters, escaped in text fields (URLs go in verbatim: \url and url fields).
function bibtexText(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/[{}]/g, '')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

export function bibtexKey(input: CitationInput): string {
  const id = input.permalink.split('/').pop() ?? '';
  return `kaztrade${year(input)}v${input.dataVersion.id}${id.replace(/[^A-Za-z0-9]/g, '')}`;
}

export function bibtexCitation(input: CitationInput): string {
  const fields: [string, string][] = [
    ['author', `{${bibtexText(input.site)}}`],
    ['title', `{${bibtexText(input.title)}}`],
    ['year', year(input)],
    ['version', String(input.dataVersion.id)],
    ['howpublished', `\\url{${input.permalink}}`],
    ['url', input.permalink],
    ['urldate', input.made],
    ['note', bibtexText(`${capitalised(versionText(input))}. Data from ${publishersOf(input).join('; ')}.`)],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${bibtexKey(input)},\n${body}\n}\n`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// RIS (Research Information Systems): one "TAG  - value" per line, CRLF, from TY to ER.
export function risCitation(input: CitationInput): string {
  const slashes = (isoDate: string) => isoDate.replaceAll('-', '/');
  const lines: [string, string][] = [
    ['TY', 'DATA'],
    ['AU', input.site],
    ['TI', input.title],
    ['PY', year(input)],
    ...(input.dataVersion.date ? [['DA', slashes(input.dataVersion.date)] as [string, string]] : []),
    ['ET', capitalised(versionText(input))],
    ...publishersOf(input).map((p): [string, string] => ['PB', p]),
    ['UR', input.permalink],
    ['Y2', slashes(input.made)],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}\r\n`).join('');
}
