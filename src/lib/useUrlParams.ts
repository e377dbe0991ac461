import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';

type Update = (change: (current: URLSearchParams) => URLSearchParams, opts?: { replace?: boolean }) => void;

/**
 * `useSearchParams`, but each update starts from the address bar rather than the last render: the
 * router renders a navigation later (a transition), so two changes in a row (pick a filter, then type)
 * would otherwise lose the first.
 */
export function useUrlParams(): [URLSearchParams, Update] {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const update = useCallback<Update>(
    (change, opts) => void navigate({ search: change(new URLSearchParams(window.location.search)).toString() }, { replace: opts?.replace ?? false }),
    [navigate],
  );
  return [params, update];
}
