/**
 * Device messages and telemetry, generated: a pure function of the device and the time, nothing stored.
 * Each device sends a message every PERIOD seconds (at its own phase) and keeps HISTORY seconds of them
 * (or its `messages_ttl`, when shorter); values follow from the device id and the message's slot only, so
 * the same window always answers the same messages. Parameter names are flespi's.
 */
import type { Instance } from '../../src/domain/types';

export const MESSAGE_PERIOD = 300;
export const MESSAGE_HISTORY = 7 * 86_400;

export type Message = Record<string, string | number | boolean> & { timestamp: number };

/** A 32-bit mix of two integers (deterministic, well spread). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
const unit = (a: number, b: number): number => mix(a, b) / 0x1_0000_0000;
const round = (x: number, digits: number): number => Number(x.toFixed(digits));

const phaseOf = (deviceId: number): number => mix(deviceId, 0) % MESSAGE_PERIOD;

/** Timestamps of the device's messages within [from, to], oldest first (empty outside its history). */
export function messageTimes(device: Instance, from: number, to: number, now: number): number[] {
  const kept = Math.min(MESSAGE_HISTORY, device.messages_ttl && device.messages_ttl > 0 ? device.messages_ttl : MESSAGE_HISTORY);
  const start = Math.max(from, now - kept);
  const end = Math.min(to, now);
  if (start > end) return [];
  const phase = phaseOf(device.id);
  const first = Math.ceil((start - phase) / MESSAGE_PERIOD);
  const last = Math.floor((end - phase) / MESSAGE_PERIOD);
  const out: number[] = [];
  for (let k = first; k <= last; k++) out.push(k * MESSAGE_PERIOD + phase);
  return out;
}

/** The message the device sent at `timestamp` (one of `messageTimes`). */
export function messageAt(device: Instance, timestamp: number): Message {
  const slot = Math.floor(timestamp / MESSAGE_PERIOD);
  const id = device.id;
  const speed = unit(id, slot * 3 + 1) < 0.35 ? 0 : Math.round(unit(id, slot * 3 + 2) * 90);
  const drift = (slot % 288) / 288;
  const ident = device.configuration?.['ident'];
  return {
    ...(typeof ident === 'string' ? { ident } : {}),
    timestamp,
    'server.timestamp': timestamp + 1,
    'device.id': id,
    'device.name': device.name,
    ...(device.device_type_id ? { 'device.type.id': device.device_type_id } : {}),
    'position.latitude': round(35 + unit(id, 1) * 20 + drift * 0.05, 6),
    'position.longitude': round(-5 + unit(id, 2) * 30 + drift * 0.05, 6),
    'position.speed': speed,
    'position.valid': true,
    'engine.ignition.status': speed > 0,
    'battery.voltage': round(3.6 + unit(id, slot * 3 + 3) * 0.6, 3),
  };
}

/** The latest value of each parameter at `now`: the last message's, with its time (flespi's `{value, ts}`). */
export function telemetryOf(device: Instance, now: number): Record<string, { value: string | number | boolean; ts: number }> {
  const last = messageTimes(device, now - MESSAGE_PERIOD, now, now).at(-1);
  if (last === undefined) return {};
  const message = messageAt(device, last);
  return Object.fromEntries(Object.entries(message).map(([k, value]) => [k, { value, ts: last }]));
}
