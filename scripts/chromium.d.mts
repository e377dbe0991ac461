/** Types of scripts/chromium.mjs, for the TypeScript that imports it (e2e specs that start their own browser). */
export declare const fullChromiumPath: string | null;
export declare const headlessShellPath: string | null;
export declare const chromiumPath: string | null;
export declare const chromiumArgs: string[];
