import { isMap, isNode, isScalar, type Document, type LineCounter } from 'yaml';

/**
 * The 1-based line and column of the value at `path` in a parsed document. When the path does
 * not exist (a required key is missing), the nearest existing ancestor is located instead, so
 * the user is sent to the object that lacks the key.
 */
export function locate(doc: Document, lines: LineCounter, path: readonly (string | number)[]): { line: number; column: number } | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const pos = lines.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return undefined;
}

/** The line and column of the key `key` inside the mapping at `path` (for unknown-key errors). */
export function locateKey(doc: Document, lines: LineCounter, path: readonly (string | number)[], key: string): { line: number; column: number } | undefined {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isNode(pair.key) && pair.key.range) {
      const pos = lines.linePos(pair.key.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return locate(doc, lines, path);
}
