import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { createPersonAndLogin, createUnit } from '../support/registry-fixtures';
import { startTestApi, TestApi } from '../support/test-api';

const SCRIPT = '<script>alert(1)</script>';
/** A file name keeps no slash (the multipart parser drops everything up to one): markup without it. */
const IMAGE = '<img src=x onerror=alert(1)>';

/** A one-part ZIP archive; `declaredSize` is what its headers claim the part unpacks to. */
function zipOf(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fileName.length, 28);
  const directoryAt = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe('safe by default', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ ARCHIVE_UNPACK_LIMIT: '1mb' });
  });
  afterAll(() => api.close());

  it('sends security headers, with a content security policy the console works under', async () => {
    const response = await api.http.get('/units').set('authorization', api.adminAuth);
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    // On errors too.
    expect((await api.http.get('/units')).headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers no cross-origin caller unless CORS_ORIGINS names it', async () => {
    const call = (server: TestApi, origin: string) => server.http.get('/units').set('origin', origin).set('authorization', server.adminAuth);
    const preflight = (server: TestApi, origin: string) =>
      server.root.options('/api/units').set('origin', origin).set('access-control-request-method', 'POST').set('access-control-request-headers', 'authorization');
    expect((await call(api, 'https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    expect((await preflight(api, 'https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    const open = await startTestApi({ CORS_ORIGINS: 'https://oa.example.gov.cn' });
    try {
      expect((await call(open, 'https://oa.example.gov.cn')).headers['access-control-allow-origin']).toBe('https://oa.example.gov.cn');
      expect((await preflight(open, 'https://oa.example.gov.cn')).headers['access-control-allow-origin']).toBe('https://oa.example.gov.cn');
      expect((await call(open, 'https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await open.close();
    }
  });

  it('refuses an .xlsx or .docx that unpacks beyond the limit, whether its headers tell or hide it', async () => {
    const zeros = Buffer.alloc(4 * 1024 * 1024);
    const honest = zipOf('xl/worksheets/sheet1.xml', zeros);
    const lying = zipOf('word/document.xml', zeros, 100);
    expect(honest.length).toBeLessThan(10_000);
    for (const [path, bomb, name] of [
      ['/units/import', honest, 'units.xlsx'],
      ['/people/import', lying, 'people.xlsx'],
      ['/tasks/import', honest, 'ledger.xlsx'],
      ['/annual-reports/check', lying, 'report.docx'],
    ] as const) {
      const response = await api.http.post(path).set('authorization', api.adminAuth).attach('file', bomb, name);
      expect([path, response.status, response.body.code, response.body.details[0]?.field]).toEqual([path, 413, 'ARCHIVE_TOO_LARGE', 'file']);
      expect(response.body.message).toContain('压缩炸弹');
    }
    expect((await api.http.get('/units').set('authorization', api.adminAuth)).body.total).toBe(0);
  });

  it('escapes user text in the HTML it produces: the trail certificate and the checker page', async () => {
    const unit = await createUnit(api, `${SCRIPT}教育局`);
    const drafter = await createPersonAndLogin(api, { name: `${SCRIPT}小王`, email: 'wang@jyj.test.cn', roles: ['unit_contact'], unitId: unit.id });
    const doc = await api.http
      .post('/documents')
      .set('authorization', drafter.auth)
      .send({ title: `${SCRIPT}关于开展培训的通知`, documentType: 'normative_document', attribute: 'proactive', bodyText: '正文' });
    expect(doc.status).toBe(201);
    const certificate = await api.http.get(`/documents/${doc.body.id}/trail/certificate`).set('authorization', api.adminAuth);
    expect(certificate.status).toBe(200);
    expect(certificate.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;关于开展培训的通知');
    expect(certificate.text).not.toContain(SCRIPT);

    const page = await api.http
      .post('/annual-reports/check?format=html')
      .set('authorization', api.adminAuth)
      .attach('file', readFileSync(join(__dirname, '../../libs/domain/src/annual-report/testdata/annual-report-sample.txt')), `${IMAGE}.txt`);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
    expect(page.text).not.toContain(IMAGE);
  });
});
