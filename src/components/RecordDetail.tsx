import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ItemType } from '../domain/types';
import type { DetailTab } from '../lib/paths';
import { DetailTabs } from './DetailTabs';
import { NotFound } from './NotFound';
import { PageHeader } from './PageHeader';
import { QueryView } from './QueryView';

interface RecordDetailProps<T extends ItemType, R extends object> {
  type: T;
  id: number;
  tab: DetailTab<T>;
  /** The tabs this page offers (a subset of DETAIL_TABS[type]). */
  tabs: readonly DetailTab<T>[];
  noun: string;
  query: UseQueryResult<R | null>;
  title: (record: R) => string;
  /** Content of tabs other than the overview. */
  renderTab?: (tab: DetailTab<T>, record: R) => ReactNode;
  /** The overview tab: the record's fields in words. */
  overview: (record: R) => ReactNode;
  /** Buttons in the page header (edit, delete, …). */
  actions?: (record: R) => ReactNode;
}

/** A record's page: its name, tabs as deep links, the overview's fields, other tabs from `renderTab`. */
export function RecordDetail<T extends ItemType, R extends object>(props: RecordDetailProps<T, R>) {
  const { type, id, tab, tabs, noun, query, title, renderTab, overview, actions } = props;
  if (!tabs.includes(tab)) return <NotFound what="tab" />;
  return (
    <QueryView query={query} noun={noun} notFoundPage>
      {(record) =>
        record === null ? (
          <NotFound what={noun} />
        ) : (
          <>
            <PageHeader title={title(record)} subtitle={`${noun} #${id}`} actions={actions?.(record)} />
            {tabs.length > 1 && <DetailTabs type={type} id={id} current={tab} tabs={tabs} />}
            {tab === 'overview' ? overview(record) : renderTab?.(tab, record)}
          </>
        )
      }
    </QueryView>
  );
}
