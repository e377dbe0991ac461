import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ItemType } from '../domain/types';
import type { DetailTab } from '../app/paths';
import { DetailTabs } from './DetailTabs';
import { NotFound } from './NotFound';
import { PageHeader } from './PageHeader';
import { QueryView } from './QueryView';
import { RecordFields } from './RecordFields';

interface RecordDetailProps<T extends ItemType, R extends object> {
  type: T;
  id: number;
  tab: DetailTab<T>;
  /** The tabs this page offers (a subset of DETAIL_TABS[type]). */
  tabs: readonly DetailTab<T>[];
  noun: string;
  query: UseQueryResult<R | null>;
  title: (record: R) => string;
  /** Fields left out of the overview (e.g. a token's key). */
  hide?: readonly string[];
  /** Content of tabs other than the overview. */
  renderTab?: (tab: DetailTab<T>, record: R) => ReactNode;
  /** The overview's content instead of the record's raw fields. */
  overview?: (record: R) => ReactNode;
  /** Buttons in the page header (edit, delete, …). */
  actions?: (record: R) => ReactNode;
}

/** A record's page: its name, tabs as deep links, the overview's fields, other tabs from `renderTab`. */
export function RecordDetail<T extends ItemType, R extends object>(props: RecordDetailProps<T, R>) {
  const { type, id, tab, tabs, noun, query, title, hide, renderTab, overview, actions } = props;
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
            {tab === 'overview' ? (overview ? overview(record) : <RecordFields record={record} hide={hide} />) : renderTab?.(tab, record)}
          </>
        )
      }
    </QueryView>
  );
}
