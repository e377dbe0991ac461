import { describe, expect, it } from 'vitest';
import { buildCsv, csvField, parseCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(312)).toBe('312');
  });
  it('defuses formulas in text, not negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-1)).toBe('-1');
  });
  it('writes a header and CRLF lines, and reads back what it wrote', () => {
    const rows = [
      ['devices', 312, 'Reefer, "12"', 'read, update'],
      ['devices', 313, '<b>x</b>\nline', ''],
    ];
    const text = buildCsv(['Type', 'Id', 'Name', 'Permissions'], rows);
    expect(text.startsWith('Type,Id,Name,Permissions\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['Type', 'Id', 'Name', 'Permissions'], ...rows.map((r) => r.map(String))]);
  });
  it('an empty table is just the header', () => {
    expect(buildCsv(['A'], [])).toBe('A\r\n');
  });
});
