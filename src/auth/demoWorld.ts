/**
 * Demo mode: which world the built-in backend serves (src/main.tsx hands it down, like the personas).
 * Null when the panel talks to a real server.
 */
import { createContext, useContext } from 'react';

export type DemoWorld = { kind: 'demo' } | { kind: 'large'; seed: number };

export const DemoWorldContext = createContext<DemoWorld | null>(null);

export const useDemoWorld = (): DemoWorld | null => useContext(DemoWorldContext);
