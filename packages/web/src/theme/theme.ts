import { createTheme } from '@mantine/core';
import type { MantineColorsTuple } from '@mantine/core';

/**
 * The Mantine theme, matching the variables of styles.css (`--primary`, `--overlap`, `--gap`,
 * `--good`, `--radius`, the 14px body text). Shade 6 of each palette is the styles.css colour, so
 * a Mantine component and a hand-styled product element (matrix, chain, chart) show the same hue.
 */
const brand: MantineColorsTuple = ['#f0f3fb', '#dce4f6', '#b9c9ee', '#92abe4', '#6a8cda', '#456fd1', '#2456c9', '#1a3f96', '#183a87', '#142f6f'];
/** `--overlap`: danger buttons, errors, overlap badges. */
const red: MantineColorsTuple = ['#fbf0f0', '#f5dcdd', '#ebbabc', '#e09396', '#d46b70', '#c9474d', '#c0262d', '#9a1e24', '#81191e', '#6a1519'];
/** `--gap`: gap badges, unsaved and warning notes. */
const amber: MantineColorsTuple = ['#fff4d9', '#efe6d6', '#dfcdad', '#cdb180', '#ba9452', '#a97a26', '#9a6200', '#7b4e00', '#674200', '#553600'];
/** `--good`. */
const green: MantineColorsTuple = ['#eff6f2', '#dbeae2', '#b6d4c5', '#8dbda5', '#64a585', '#3d8e66', '#1b7a4b', '#16623c', '#125232', '#0f4329'];

export const theme = createTheme({
  colors: { brand, red, amber, green },
  primaryColor: 'brand',
  primaryShade: 6,
  // Why a variable: styles.css picks a CJK-aware font stack per :lang(), and Mantine follows it.
  fontFamily: 'var(--font)',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '20px' },
  lineHeights: { md: '1.45' },
  radius: { xs: '4px', sm: '6px', md: '8px', lg: '12px', xl: '16px' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // Labels as the hand-made forms had them (small, bold, muted); hints and problems under the field.
    InputWrapper: { classNames: { label: 'field-label' }, defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
    Badge: { defaultProps: { component: 'span', radius: 'xl' }, classNames: { root: 'badge' } },
    Alert: { defaultProps: { radius: 'sm' } },
    Popover: { defaultProps: { shadow: 'md', withArrow: true } },
    // Dense tables, as before: 5px by 8px cells.
    Table: { defaultProps: { verticalSpacing: 5, horizontalSpacing: 8 } },
  },
});
