import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import type { CanAnswer } from '../../../auth/useCan';
import type { Revocable } from './revocableSources';

interface RevokeActionsProps {
  account: string;
  sources: readonly Revocable[];
  /** May the principal take this source back (a grant: update it; an assignment: delete it)? */
  can: (source: Revocable) => CanAnswer;
  onRevoke: (source: Revocable) => void;
}

/** The source by name: `grant “Reefer 12 support for Dana”` (its id only where the reader cannot read its name), `role “reader”`. */
const what = (s: Revocable): string => (s.kind === 'role' ? `role “${s.roleName}”` : s.grantName ? `grant “${s.grantName}”` : `grant #${s.grantId}`);
/** The button's own text: "Revoke" alone, or which source when the row has several. */
const label = (s: Revocable): string => (s.kind === 'role' ? `Revoke “${s.roleName}”` : s.grantName ? `Revoke “${s.grantName}”` : 'Revoke grant');

/** "Revoke" per grant or role assignment that gives an account its access: shown where the principal may, disabled with the reason where it is refused. */
export function RevokeActions({ account, sources, can, onRevoke }: RevokeActionsProps) {
  const shown = sources.map((s) => ({ s, answer: can(s) })).filter(({ answer }) => answer.allowed || answer.pending || answer.reason);
  if (shown.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
      {shown.map(({ s, answer }) => {
        const button = (
          <Button
            size="small"
            color="error"
            variant="outlined"
            disabled={!answer.allowed}
            onClick={() => onRevoke(s)}
            aria-label={`Revoke ${what(s)} from ${account}`}
          >
            {sources.length === 1 ? 'Revoke' : label(s)}
          </Button>
        );
        const key = s.kind === 'grant' ? `g${s.grantId}` : `r${s.assignmentId}`;
        return answer.allowed ? (
          <Tooltip key={key} title={`Revoke ${what(s)}: ${account} loses what it gives (previewed first)`}>
            {button}
          </Tooltip>
        ) : (
          // A disabled button fires no events: the tooltip sits on a wrapper.
          <Tooltip key={key} title={answer.reason ?? 'Checking…'}>
            <span>{button}</span>
          </Tooltip>
        );
      })}
    </Stack>
  );
}
