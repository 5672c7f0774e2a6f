import { editDistance, matchLabel, splitMarker } from './label-match';

describe('matchLabel', () => {
  it('ignores width, spacing, quotes and numbering markers', () => {
    expect(matchLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开 (区分处理的, 只计这一情形, 不计其他情形)')).toEqual({ kind: 'exact' });
    expect(matchLabel('3. 危及"三安全一稳定"', '危及“三安全一稳定”')).toEqual({ kind: 'exact' });
    expect(matchLabel('结果 维持', '结果维持')).toEqual({ kind: 'exact' });
  });

  it('calls a label a few characters off a typo', () => {
    expect(matchLabel('本年度止件数', '本年废止件数')).toEqual({ kind: 'typo', distance: 1 });
    expect(matchLabel('其它', '其他')).toEqual({ kind: 'typo', distance: 1 });
  });

  it('calls an added or dropped note in brackets a renaming', () => {
    expect(matchLabel('现行有效件数（历史累计）', '现行有效件数')).toEqual({ kind: 'renamed' });
    expect(matchLabel('(二) 部分公开', '部分公开 (区分处理的, 只计这一情形, 不计其他情形)')).toEqual({ kind: 'renamed' });
  });

  it('does not match a different label', () => {
    expect(matchLabel('行政处罚', '行政许可')).toBeNull();
    expect(matchLabel('其他处理', '其他')).toBeNull();
    expect(matchLabel('', '规章')).toBeNull();
  });
});

describe('splitMarker', () => {
  it('separates the numbering the format prints before labels', () => {
    expect(['一、本年新收', '(三) 不予公开', '（三）不予公开', '1. 属于国家秘密', '3、其他', '1.5'].map(splitMarker)).toEqual([
      { marker: '一、', text: '本年新收' },
      { marker: '(三)', text: '不予公开' },
      { marker: '（三）', text: '不予公开' },
      { marker: '1.', text: '属于国家秘密' },
      { marker: '3、', text: '其他' },
      { marker: null, text: '1.5' },
    ]);
  });
});

describe('editDistance', () => {
  it('counts Chinese characters, not bytes', () => {
    expect(editDistance('本年度止件数', '本年废止件数')).toBe(1);
    expect(editDistance('规章', '')).toBe(2);
  });
});
