import type { PanelExtension } from '../contracts/extensions';
import type { AuthInfo } from './authInfo';
import { useRequiredSession } from './SessionProvider';

/** Whether the server announced `ext` at sign-in; a session stored before the panel read it counts as our backend. */
export const serverHas = (info: Pick<AuthInfo, 'extensions'>, ext: PanelExtension | undefined): boolean =>
  ext === undefined || (info.extensions?.includes(ext) ?? true);

/** The signed-in server has our extension `ext`. */
export const useServerHas = (ext: PanelExtension): boolean => serverHas(useRequiredSession().info, ext);
