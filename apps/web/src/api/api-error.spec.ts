import { ApiError } from './api-error';

describe('the API error as a person reads it', () => {
  it("keeps the API's Chinese message and its field reasons", () => {
    const e = ApiError.from(422, { code: 'IMPORT_REJECTED', message: '文件有2处错误', details: [{ field: 'files[0]', reason: 'larger than 1024 bytes' }] });
    expect(e.message).toBe('文件有2处错误');
    expect(e.reasonFor('files')).toBe('larger than 1024 bytes');
    expect(e.reasonFor('note')).toBeUndefined();
  });

  it('says in Chinese what an English message meant, by its code', () => {
    expect(ApiError.from(401, { code: 'UNAUTHENTICATED', message: 'email or password is wrong' }).message).toBe('邮箱或密码错误，或登录已过期，请重新登录');
  });

  it("says a sign-off rule's refusal in Chinese, next to the field it names too", () => {
    const e = ApiError.from(422, { code: 'COMMENT_REQUIRED', message: 'say what must change', details: [{ field: 'comment', reason: 'say what must change' }] });
    expect(e.message).toBe('退回须填写意见，说明要修改什么');
    expect(e.reasonFor('comment')).toBe('退回须填写意见，说明要修改什么');
  });

  it("says a sign-off rule in Chinese even when its English wording names a person", () => {
    const e = ApiError.from(403, { code: 'SEPARATION_OF_DUTIES', message: '区长陈 signs level 3; no one signs two levels', details: [] });
    expect(e.message).toBe('职责分离：起草人不审签自己的文件，同一人不审签两级');
  });

  it("keeps the API's own Chinese wording of a rule, which says whose turn it is", () => {
    const e = ApiError.from(409, { code: 'NOT_YOUR_TURN', message: '您已审签第1级；现在由第2级审签', details: [] });
    expect(e.message).toBe('您已审签第1级；现在由第2级审签');
  });

  it('falls back to the status when the body is not the error shape', () => {
    expect(ApiError.from(502, null).message).toBe('服务器返回错误（HTTP 502）');
  });
});
