/**
 * The form in which labels from files (column headers, cost types, currencies, platform names)
 * are compared: compatibility-normalised (full-width `ＩＤ` is `id`), accents dropped (`función` is
 * `funcion`), lower-case, and runs of spaces, underscores, hyphens, dots and slashes made one space.
 *
 * @example normaliseLabel('  Cost_Type ') // 'cost type'
 * @example normaliseLabel('Función') // 'funcion'
 * @example normaliseLabel('日\u3000期') // '日 期' (an ideographic space)
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-./]+/g, ' ')
    .trim();
}
