/** Light and dark schemes as CSS variables; the mode follows the system (ThemeProvider defaultMode). */
import { createTheme } from '@mui/material/styles';

export const theme = createTheme({
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
});
