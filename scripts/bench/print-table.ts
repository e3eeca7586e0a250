/** Column widths count CJK characters as two, so tables of Chinese names line up in a terminal. */
export function printTable(out: { write(chunk: string): unknown }, header: string[], rows: string[][], textColumns = 1): void {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - width(cell));
        // Names left, numbers right; a last column of notes is left-aligned too.
        return c < textColumns || c === cells.length - 1 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  out.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const row of rows) out.write(`${line(row)}\n`);
}
