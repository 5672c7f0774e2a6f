import { documentCounts } from './document-counts';
import { sumWan, wanText } from './fee-amount';

describe('documentCounts (section 二, art. 20 item 1)', () => {
  const documents = [
    { issuedOn: '2023-05-10', repealedOn: null },
    { issuedOn: '2023-06-01', repealedOn: '2024-03-01' },
    { issuedOn: '2024-02-01', repealedOn: null },
    { issuedOn: '2024-12-31', repealedOn: '2025-01-01' },
  ];

  it('counts issued, repealed and in force at the year end', () => {
    expect(documentCounts(documents, 2023)).toEqual({ issued: 2, repealed: 0, in_force: 2 });
    expect(documentCounts(documents, 2024)).toEqual({ issued: 2, repealed: 1, in_force: 3 });
    expect(documentCounts(documents, 2025)).toEqual({ issued: 0, repealed: 1, in_force: 2 });
  });

  it('reconciles year on year: in force = last year’s + issued − repealed', () => {
    for (const year of [2024, 2025]) {
      const last = documentCounts(documents, year - 1);
      const now = documentCounts(documents, year);
      expect(now.in_force).toBe(last.in_force + now.issued - now.repealed);
    }
  });
});

describe('amounts in 万元', () => {
  it('are written without trailing zeros and added without binary fractions', () => {
    expect(wanText(12.35)).toBe('12.35');
    expect(wanText(3)).toBe('3');
    expect(wanText(-1)).toBeNull();
    expect(sumWan(['0.1', '0.2'])).toBe('0.3');
    expect(sumWan(['12.35', '0.000001', '7'])).toBe('19.350001');
    expect(sumWan([])).toBe('0');
    expect(() => sumWan(['1e3'])).toThrow(RangeError);
  });
});
