/**
 * Writes rows as CSV text the feed imports read back exactly: a header of canonical column
 * names, comma separators, LF line ends, and a value quoted (quotes doubled) when it holds a
 * comma, a quote, a line break or surrounding spaces.
 *
 * @example toCsv(['date', 'note'], [{ date: '2026-03-02', note: 'a, b' }]) // 'date,note\n2026-03-02,"a, b"\n'
 */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Readonly<Record<C, string | number>>[]): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(String(row[c]))).join(','));
  return `${lines.join('\n')}\n`;
}

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
