/** The field a server refusal names ("Item 0: access.acl[1].ids: …" → `access.acl[1].ids`), or null. */
export function serverField(reason: string): { field: string; message: string } | null {
  const m = /^(?:Item \d+: )?((?:[a-z_]+)(?:\.[a-z_]+|\[\d+\])*): (.+)$/i.exec(reason.trim());
  if (!m?.[1] || !m[2]) return null;
  return { field: m[1], message: m[2] };
}
