/** A token key as the dialect spells it (rest-dialect.md): 64 letters and digits; anything else is malformed, not merely unknown. */
export const TOKEN_KEY_PATTERN = /^[A-Za-z0-9]{64}$/;

export const isWellFormedKey = (key: string): boolean => TOKEN_KEY_PATTERN.test(key);
