/**
 * Series colours, from styles.css's variables (ECharts draws on a canvas and needs literal
 * colours). Distinguishable for the common colour-vision deficiencies in the first six; lines are
 * also told apart by dashes and legends, never by colour alone.
 */
export const PALETTE = ['#2456c9', '#c2620c', '#0d8a5f', '#6c47b8', '#c0262d', '#1f6fd1', '#9a6200', '#5f6b7a', '#1b7a4b', '#142238'] as const;

export const MUTED = '#c3cad4';
export const TEXT = '#1c2533';

export function colourAt(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}
