import { useRequiredSession } from '../../auth/SessionProvider';
import { tokenMayUsePlatform } from '../../permissions';

/** The "Who has access" tab is for master tokens only (its endpoint is a platform one); others never see it. */
export function useShowsWhoHasAccess(): boolean {
  return tokenMayUsePlatform(useRequiredSession().info);
}
