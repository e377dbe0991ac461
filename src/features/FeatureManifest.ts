/**
 * What a feature tells the app: its menu entry, its routes (lazy pages) and whether a token could ever
 * use it (asked of the permission module). The router and the menu read manifests; a feature is removed
 * by removing its manifest from src/app/features.ts.
 */
import { createElement, lazy } from 'react';
import type { ComponentType } from 'react';
import type { SvgIconComponent } from '@mui/icons-material';
import type { Token } from '../domain/types';

export interface FeatureRoute {
  /** A `path` of the route table (src/lib/paths.ts). */
  path: string;
  Page: ComponentType;
}

export interface FeatureManifest {
  id: string;
  label: string;
  section: 'self' | 'access' | 'instances';
  icon: SvgIconComponent;
  /** The menu's target (a `getHref` of the route table). */
  path: string;
  routes: FeatureRoute[];
  /**
   * Optional text after the menu label, part of the link's accessible name (e.g. a count). Rendered
   * only for tokens that may use the feature, inside the signed-in shell (react-query available):
   * make it lazy (`lazyPage`) so the login route does not carry it.
   */
  Badge?: ComponentType;
  /** Could this token kind ever use the feature? Hides the menu entry; routes show NoAccess instead. */
  usableBy: (token: Pick<Token, 'access'>) => boolean;
  /** Our backend's extension the feature lives on (a PanelExtension of src/contracts/extensions): without it, hidden with the reason. */
  needs?: 'access' | 'roles';
}

/** A lazily loaded page (its own chunk), from a module's named export, with fixed props. */
export function lazyPage<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>, props?: P): ComponentType {
  return lazy(async () => {
    const C = pick(await load());
    return { default: () => createElement(C, props ?? ({} as P)) };
  });
}
