/**
 * Canonical JSON: `JSON.stringify` semantics with object keys sorted, so that two messages with the
 * same content serialise to the same string whatever the key order the client used. Used to derive
 * a stable messageId.
 *
 * Why iterative: a message of 32 KB can nest `[[[[...` thousands deep; a recursive walk would
 * overflow the call stack on such input, and the pipeline must not throw on bad input.
 */

type Work = { readonly value: unknown } | { readonly text: string } | { readonly leave: object };

/**
 * The canonical JSON text of a JSON-like value. `undefined`, functions and symbols are dropped from
 * objects and become `null` in arrays, as in `JSON.stringify`; non-finite numbers become `null`.
 * Throws `TypeError` on a cyclic structure (which parsed JSON cannot contain).
 *
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const open = new Set<object>();
  const stack: Work[] = [{ value }];
  while (stack.length > 0) {
    const work = stack.pop()!;
    if ('text' in work) {
      out.push(work.text);
      continue;
    }
    if ('leave' in work) {
      open.delete(work.leave);
      continue;
    }
    const v = toJsonValue(work.value);
    if (v === undefined || v === null) out.push('null');
    else if (typeof v === 'string') out.push(JSON.stringify(v));
    else if (typeof v === 'number') out.push(Number.isFinite(v) ? String(v) : 'null');
    else if (typeof v === 'boolean' || typeof v === 'bigint') out.push(String(v));
    else if (typeof v === 'object') {
      if (open.has(v)) throw new TypeError('canonicalJson: cyclic structure');
      open.add(v);
      // Why reversed: the stack is last-in first-out, so the closing text is pushed first.
      stack.push({ leave: v });
      if (Array.isArray(v)) {
        out.push('[');
        stack.push({ text: ']' });
        for (let i = v.length - 1; i >= 0; i--) {
          stack.push({ value: v[i] });
          if (i > 0) stack.push({ text: ',' });
        }
      } else {
        const record = v as Record<string, unknown>;
        const keys = Object.keys(record)
          .filter((k) => isSerialisable(record[k]))
          .sort();
        out.push('{');
        stack.push({ text: '}' });
        for (let i = keys.length - 1; i >= 0; i--) {
          const key = keys[i]!;
          stack.push({ value: record[key] });
          stack.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(key)}:` });
        }
      }
    } else out.push('null'); // functions and symbols inside arrays
  }
  return out.join('');
}

/** Applies `toJSON` (e.g. `Date`) as `JSON.stringify` does. */
function toJsonValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'toJSON' in value && typeof value.toJSON === 'function') {
    return (value.toJSON as () => unknown)();
  }
  return value;
}

function isSerialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
