/** A device's messages (the latest, newest first) and its telemetry, as flespi serves them. */
import { queryOptions } from '@tanstack/react-query';
import { ENDPOINTS, fillPath } from '../../../contracts/endpoints';
import type { ApiClient } from '../../../lib/apiClient';
import type { ActingScope } from '../../../lib/recordQueries';
import { instanceKeys } from './instanceKeys';

export type MessageValue = string | number | boolean;
export type DeviceMessage = Record<string, MessageValue> & { timestamp: number };
export interface DeviceTelemetry {
  id: number;
  telemetry: Record<string, { value: MessageValue; ts: number }>;
}

/** How many of the latest messages the tab shows. */
export const LATEST_MESSAGES = 50;

export const deviceDataKeys = {
  messages: (api: ApiClient, acting: ActingScope, id: number) =>
    queryOptions({
      queryKey: [...instanceKeys.devices.all(acting.cid), 'messages', id] as const,
      queryFn: async ({ signal }): Promise<DeviceMessage[]> =>
        (
          await api.get<DeviceMessage>(fillPath(ENDPOINTS.deviceMessages, { sel: id }), {
            query: { data: JSON.stringify({ count: LATEST_MESSAGES, reverse: true }) },
            signal,
            actAs: acting.actAs,
          })
        ).result,
    }),
  telemetry: (api: ApiClient, acting: ActingScope, id: number) =>
    queryOptions({
      queryKey: [...instanceKeys.devices.all(acting.cid), 'telemetry', id] as const,
      queryFn: async ({ signal }): Promise<DeviceTelemetry['telemetry']> =>
        (await api.get<DeviceTelemetry>(fillPath(ENDPOINTS.deviceTelemetry, { sel: id, tsel: 'all' }), { signal, actAs: acting.actAs })).result[0]?.telemetry ??
        {},
    }),
};
