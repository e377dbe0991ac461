/**
 * Demo personas as the mock backend hands them to the app (src/main.tsx passes them down; the UI never
 * imports mocks/). Absent (null) when the panel talks to a real server.
 */
import { createContext, useContext } from 'react';

export interface DemoPersona {
  id: string;
  label: string;
  accountName: string;
  kind: 'master' | 'standard' | 'acl';
  key: string;
  /** The backend refuses this persona's key (to show the message). */
  refused?: string;
}

export const DemoPersonasContext = createContext<readonly DemoPersona[] | null>(null);

export const useDemoPersonas = (): readonly DemoPersona[] | null => useContext(DemoPersonasContext);
