import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-text';

describe('toCsv', () => {
  it('quotes only what needs quoting', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: 'say "hi"' }, { a: '上海', b: 3 }, { a: ' pad', b: 'line\nbreak' }])).toBe(
      'a,b\n"x, y","say ""hi"""\n上海,3\n" pad","line\nbreak"\n',
    );
  });
});
