/**
 * Light and dark schemes as CSS variables; the mode follows the system (ThemeProvider defaultMode).
 * A reduced-motion variant for people who ask their system for less motion (WCAG 2.3.3): no transitions,
 * no ripples. The e2e suite runs with reduced motion too, so it never waits for an animation to settle.
 */
import { createTheme } from '@mui/material/styles';
import type { ThemeOptions } from '@mui/material/styles';

const options: ThemeOptions = {
  cssVariables: { colorSchemeSelector: 'media' },
  colorSchemes: {
    // warning darkened from MUI's #ed6c02 (3:1 on white) so outlined warning buttons pass WCAG AA.
    light: { palette: { primary: { main: '#1565c0' }, secondary: { main: '#2e7d32' }, warning: { main: '#b45309' } } },
    dark: { palette: { primary: { main: '#90caf9' }, secondary: { main: '#81c784' } } },
  },
  shape: { borderRadius: 6 },
  components: {
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
  },
};

export const theme = createTheme(options);

const still = { shortest: 0, shorter: 0, short: 0, standard: 0, complex: 0, enteringScreen: 0, leavingScreen: 0 };

export const reducedMotionTheme = createTheme({
  ...options,
  transitions: { create: () => 'none', getAutoHeightDuration: () => 0, duration: still },
  components: { ...options.components, MuiButtonBase: { defaultProps: { disableRipple: true } } },
});

export const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';
