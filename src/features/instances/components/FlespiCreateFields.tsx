import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { InstanceType } from '../../../domain/types';

/** flespi's fields a new instance needs beside its name (required on create, as flespi has them). */
export interface FlespiDraft {
  typeId: string;
  ident: string;
  selector: number;
}

export const EMPTY_FLESPI_DRAFT: FlespiDraft = { typeId: '1', ident: '', selector: 0 };

const TYPE_ID: Partial<Record<InstanceType, { field: string; label: string; help: string }>> = {
  devices: { field: 'device_type_id', label: 'Device type id', help: "flespi's device type (the tracker's protocol and model)" },
  channels: { field: 'protocol_id', label: 'Protocol id', help: "flespi's protocol the channel listens with" },
  streams: { field: 'protocol_id', label: 'Protocol id', help: "flespi's stream protocol the data is sent with" },
  plugins: { field: 'type_id', label: 'Plugin type id', help: "flespi's plugin type" },
};

/** A calc splits messages into intervals by its selectors; the form offers two common ones. */
const SELECTORS = [
  { label: 'While moving (speed above 5 km/h)', value: { type: 'expression', expression: 'position.speed>5' } },
  { label: 'While the ignition is on', value: { type: 'expression', expression: 'engine.ignition.status' } },
] as const;

/** The draft as body fields, or the problem with it (`field: sentence`). */
export function flespiBody(type: InstanceType, d: FlespiDraft): { ok: true; body: Record<string, unknown> } | { ok: false; field: string; message: string } {
  const typeId = TYPE_ID[type];
  const body: Record<string, unknown> = {};
  if (typeId) {
    const n = Number(d.typeId);
    if (!Number.isInteger(n) || n < 1) return { ok: false, field: 'typeId', message: `${typeId.label}: a whole number from 1.` };
    body[typeId.field] = n;
  }
  if (type === 'devices' && d.ident.trim() !== '') body['configuration'] = { ident: d.ident.trim() };
  if (type === 'calcs') body['selectors'] = [SELECTORS[d.selector]?.value ?? SELECTORS[0].value];
  return { ok: true, body };
}

export function FlespiCreateFields({
  type,
  draft,
  onChange,
  errors,
}: {
  type: InstanceType;
  draft: FlespiDraft;
  onChange: (d: FlespiDraft) => void;
  errors: Partial<Record<keyof FlespiDraft, string>>;
}) {
  const typeId = TYPE_ID[type];
  return (
    <>
      {typeId && (
        <TextField
          label={typeId.label}
          type="number"
          required
          value={draft.typeId}
          onChange={(e) => onChange({ ...draft, typeId: e.target.value })}
          error={errors.typeId !== undefined}
          helperText={errors.typeId ?? typeId.help}
        />
      )}
      {type === 'devices' && (
        <TextField
          label="Ident"
          value={draft.ident}
          onChange={(e) => onChange({ ...draft, ident: e.target.value })}
          error={errors.ident !== undefined}
          helperText={errors.ident ?? 'How the tracker names itself (IMEI, serial…); no #, + or /.'}
        />
      )}
      {type === 'calcs' && (
        <TextField
          select
          label="Intervals"
          value={String(draft.selector)}
          onChange={(e) => onChange({ ...draft, selector: Number(e.target.value) })}
          helperText="What splits the messages into intervals"
        >
          {SELECTORS.map((s, i) => (
            <MenuItem key={s.label} value={String(i)}>
              {s.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    </>
  );
}
