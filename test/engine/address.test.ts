import { a1, colName, parseA1, parseRange, scanA1 } from '../../src/engine/address';

describe('A1 addresses', () => {
  test.each([
    ['A1', { row: 0, col: 0 }],
    ['$B$7', { row: 6, col: 1 }],
    [' xfd1048576 ', { row: 1048575, col: 16383 }],
    ['AB12', { row: 11, col: 27 }],
  ])('parseA1(%p)', (ref, want) => {
    expect(parseA1(ref)).toEqual(want);
  });

  test.each(['', 'A', '7', 'A0', 'ABCD1', 'A1B', 'A12345678', 'Sheet1!A1', 'A1:B2'])('parseA1(%p) is null', (ref) => {
    expect(parseA1(ref)).toBeNull();
  });

  test('round trip with colName / a1 over every column', () => {
    for (let c = 0; c <= 16383; c += 7) expect(parseA1(a1(41, c))).toEqual({ row: 41, col: c });
    expect(colName(16383)).toBe('XFD');
  });

  test('scanA1 reads a reference inside a formula and says where it ends', () => {
    const f = '=SUM($C$4:C6)+D7';
    expect(scanA1(f, 5)).toEqual({ row: 3, col: 2, end: 9 });
    expect(scanA1(f, 10)).toEqual({ row: 5, col: 2, end: 12 });
    expect(scanA1(f, 1)).toBeNull(); // "SUM(" is no reference
  });

  test('parseRange', () => {
    expect(parseRange("'Tabel 2.1'!C9:A1")).toEqual({ r0: 0, c0: 0, r1: 8, c1: 2 });
    expect(parseRange('B2')).toEqual({ r0: 1, c0: 1, r1: 1, c1: 1 });
  });
});
