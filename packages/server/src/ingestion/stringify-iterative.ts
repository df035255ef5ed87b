/**
 * JSON text of any parsed-JSON value, without recursion: a rejected message nested thousands of
 * levels deep (which would overflow `JSON.stringify`'s stack) is still kept whole as a dead letter.
 * Output equals `JSON.stringify` for JSON values (objects, arrays, strings, finite numbers,
 * booleans, null); `undefined` members are skipped as JSON.stringify skips them.
 */
export function stringifyIterative(value: unknown): string {
  const out: string[] = [];
  type Frame = { kind: 'value'; value: unknown } | { kind: 'text'; text: string };
  const stack: Frame[] = [{ kind: 'value', value }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.kind === 'text') {
      out.push(frame.text);
      continue;
    }
    const v = frame.value;
    if (v === null || typeof v !== 'object') {
      out.push(typeof v === 'number' && !Number.isFinite(v) ? 'null' : (JSON.stringify(v) ?? 'null'));
      continue;
    }
    const isArray = Array.isArray(v);
    const entries: [string, unknown][] = isArray ? v.map((item, i) => [String(i), item === undefined ? null : item]) : Object.entries(v).filter(([, item]) => item !== undefined);
    // Pushed in reverse so that they pop in order.
    stack.push({ kind: 'text', text: isArray ? ']' : '}' });
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      stack.push({ kind: 'value', value: item });
      const prefix = (i > 0 ? ',' : '') + (isArray ? '' : `${JSON.stringify(key)}:`);
      if (prefix) stack.push({ kind: 'text', text: prefix });
    }
    out.push(isArray ? '[' : '{');
  }
  return out.join('');
}
