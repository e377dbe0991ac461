/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** A real server of the dialect (e.g. https://flespi.io). Unset: the in-browser mock backend. */
  readonly VITE_API_BASE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
