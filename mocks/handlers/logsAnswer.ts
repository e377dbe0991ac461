/** The answer of every `…/logs` path: newest first by default; flespi's `data` windows, filters and orders. */
import type { LogRecord } from '../../src/domain/types';
import { listAnswer } from '../http/listing';
import { applyRecordsData, readRecordsData } from '../http/recordsData';
import { answer } from './route';
import type { Answer } from './route';

/** `logs` in the order they were written (oldest first). */
export function logsAnswer(url: URL, logs: LogRecord[]): Answer {
  const data = readRecordsData(url);
  const ordered = data ? applyRecordsData(logs, data) : logs.reverse();
  const { result, extra } = listAnswer(url, ordered);
  return answer(result, extra, data?.fields);
}
