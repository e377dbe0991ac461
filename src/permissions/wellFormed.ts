/** Shape checks of values in drafts (guards and the token form share them). */
export const isNonNegativeInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
export const isIdList = (ids: unknown): ids is number[] => Array.isArray(ids) && ids.every((id) => typeof id === 'number' && Number.isInteger(id) && id > 0);
