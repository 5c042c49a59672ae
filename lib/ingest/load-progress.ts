import type { LoadEvent } from './load';

const number = (n: number) => Math.round(n).toLocaleString('en');

// How the command line shows a load: on a terminal, one line per file that updates in place
// with rows/s and an estimate of the time left; otherwise (CI, logs) plain lines, one every few
// seconds at most.
export function loadProgressPrinter(
  out: NodeJS.WriteStream = process.stdout,
  interactive: boolean = Boolean(out.isTTY),
): (event: LoadEvent) => void {
  let lastPlain = 0;
  let onLine = false;
  const endLine = () => {
    if (onLine) out.write('\n');
    onLine = false;
  };
  return (event) => {
    if (event.kind === 'unchanged') return; // counted in the summary; 200 lines would hide the rest
    if (event.kind === 'progress') {
      const rate = event.rows / Math.max(event.seconds, 0.001);
      const left =
        event.bytesRead > 0 ? (event.seconds * (event.bytesTotal - event.bytesRead)) / event.bytesRead : 0;
      const text = `  loading    ${event.file}: ${number(event.rows)} rows, ${number(rate)} rows/s, about ${Math.ceil(left)} s left`;
      if (interactive) {
        out.write(`\r${text}\u001b[K`);
        onLine = true;
      } else if (event.seconds - lastPlain >= 5) {
        lastPlain = event.seconds;
        out.write(`${text}\n`);
      }
      return;
    }
    endLine();
    lastPlain = 0;
    if (event.kind === 'removed') out.write(`  removed    ${event.file} (its file is gone)\n`);
    if (event.kind === 'committing') out.write('  committing the transaction…\n');
    if (event.kind === 'loaded') {
      const rate = event.seconds > 0.5 ? `, ${number(event.rows / event.seconds)} rows/s` : '';
      out.write(
        `  loaded     ${event.file}: ${number(event.rows)} observations in ${event.seconds.toFixed(1)} s${rate}\n`,
      );
      for (const note of event.notes) out.write(`             note: ${note}\n`);
    }
  };
}
