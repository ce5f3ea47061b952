import { formatPair } from '../../src/engine/format';

describe('expected and found never read the same', () => {
  test('a found value is shown as typed, the expected one with as many decimals as it takes to differ', () => {
    expect(formatPair(21.43, 21.4, 'id')).toEqual({ expected: '21,43', actual: '21,4' });
    expect(formatPair(21.4004, 21.4, 'id')).toEqual({ expected: '21,4004', actual: '21,4' });
    expect(formatPair(16, 16.001, 'en')).toEqual({ expected: '16', actual: '16.001' });
    expect(formatPair(1091140000, 1091140001, 'id')).toEqual({ expected: '1.091.140.000', actual: '1.091.140.001' });
  });
  test('text and empty values pass through', () => {
    expect(formatPair(null, '-', 'id')).toEqual({ expected: '–', actual: '-' });
    expect(formatPair(95, 'NA', 'en')).toEqual({ expected: '95', actual: 'NA' });
  });
  test('a number stored as text that reads as the expected number is said to be text', () => {
    expect(formatPair(325000000, '325.000.000', 'id')).toEqual({ expected: '325.000.000', actual: '"325.000.000" (teks)' });
    expect(formatPair(94.74, '94.74', 'en')).toEqual({ expected: '94.74', actual: '"94.74" (text)' });
    expect(formatPair(1250.5, '1,250.50', 'en')).toEqual({ expected: '1,250.5', actual: '1,250.50' });
  });
});
