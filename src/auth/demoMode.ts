/**
 * Demo mode: the panel runs on the built-in backend, which keeps its world in this browser's storage.
 * The UI knows from the demo personas the mock hands it (never from mocks/ itself).
 */
import { useDemoPersonas } from './demoPersonas';

export const useIsDemoMode = (): boolean => useDemoPersonas() !== null;

/** Why a key or link from elsewhere is unknown here, and how to share a world. */
export const DEMO_DATA_LOCAL =
  'The built-in demo backend keeps its data in this browser only, so tokens made in another browser do not exist here. ' +
  'To share a world, use Demo data → Export world in one browser and Import world in the other, or serve one backend to every browser with npm run api (see the README).';
