import { useRequiredSession } from '../../auth/SessionProvider';
import { serverHas } from '../../auth/useServerHas';
import { tokenMayUsePlatform } from '../../permissions';

/**
 * The "Who has access" tab is for master tokens only (its endpoint is a platform one); others never see it.
 * Nor does anyone on a flespi server: the answer is our backend's (the menu says why).
 */
export function useShowsWhoHasAccess(): boolean {
  const info = useRequiredSession().info;
  return tokenMayUsePlatform(info) && serverHas(info, 'access');
}
