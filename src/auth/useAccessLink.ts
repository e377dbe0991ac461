import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * An access link `/login?token=KEY`: the key is taken out of the address bar (history entry replaced)
 * before anything else happens, then handed to `signIn` once.
 */
export function useAccessLink(signIn: (key: string) => void): void {
  const [search, setSearch] = useSearchParams();
  const handled = useRef(false);
  const key = search.get('token');
  useEffect(() => {
    if (handled.current || key === null) return;
    handled.current = true;
    setSearch(
      (s) => {
        s.delete('token');
        return s;
      },
      { replace: true },
    );
    signIn(key.trim());
  }, [key, setSearch, signIn]);
}
