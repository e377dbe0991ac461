/** Renders its children only when `useCan` allows; or hands the answer to a render function. */
import type { ReactNode } from 'react';
import type { Action } from '../domain/types';
import { useCan } from './useCan';
import type { CanAnswer, CanItem } from './canAnswer';

interface CanProps {
  action: Action;
  item: CanItem;
  /** Shown when refused (or while pending); nothing by default. */
  fallback?: ReactNode;
  children: ReactNode | ((answer: CanAnswer) => ReactNode);
}

export function Can({ action, item, fallback = null, children }: CanProps) {
  const answer = useCan(action, item);
  if (typeof children === 'function') return <>{children(answer)}</>;
  return <>{answer.allowed ? children : fallback}</>;
}
