/** Fired on window by the in-browser backend when another tab changed the world: the UI refetches. */
export const WORLD_CHANGED_EVENT = 'mock:world-changed';
