import { inflateRawSync } from 'node:zlib';
import { AppError } from './app-error';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

/** .xlsx and .docx are ZIP archives: they begin with a local file header. */
export const isZipArchive = (bytes: Buffer) => bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_HEADER;

const tooLarge = (field: string, limit: number) =>
  new AppError('ARCHIVE_TOO_LARGE', `${field}：文件解压后超过 ${Math.round(limit / 1024 / 1024)} MB 的上限，已拒绝（可能是压缩炸弹）`, [
    { field, reason: `解压后超过 ${limit} 字节的上限` },
  ]);

/**
 * Refuses a ZIP archive whose parts unpack beyond `limit` bytes in all, before any parser opens
 * it: first by the sizes its directory declares, then by inflating each part with the output
 * capped at what is left, since a crafted archive may declare small sizes and hold more. Memory
 * stays within the limit; a well-formed spreadsheet costs one extra inflate.
 */
export function assertArchiveWithinLimit(bytes: Buffer, limit: number, field: string): void {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || bytes.readUInt32LE(end) !== END_OF_DIRECTORY) return; // not a readable archive: the parser will say so
  const count = bytes.readUInt16LE(end + 10);
  let cursor = bytes.readUInt32LE(end + 16);
  let total = 0;
  const parts: Array<{ method: number; size: number; offset: number }> = [];
  for (let i = 0; i < count && cursor + 46 <= bytes.length && bytes.readUInt32LE(cursor) === CENTRAL_HEADER; i++) {
    const method = bytes.readUInt16LE(cursor + 10);
    const compressed = bytes.readUInt32LE(cursor + 20);
    const size = bytes.readUInt32LE(cursor + 24);
    const offset = bytes.readUInt32LE(cursor + 42);
    total += size;
    if (total > limit) throw tooLarge(field, limit);
    parts.push({ method, size: compressed, offset });
    cursor += 46 + bytes.readUInt16LE(cursor + 28) + bytes.readUInt16LE(cursor + 30) + bytes.readUInt16LE(cursor + 32);
  }
  let inflated = 0;
  for (const part of parts) {
    if (part.offset + 30 > bytes.length || bytes.readUInt32LE(part.offset) !== LOCAL_HEADER) continue;
    const start = part.offset + 30 + bytes.readUInt16LE(part.offset + 26) + bytes.readUInt16LE(part.offset + 28);
    const data = bytes.subarray(start, start + part.size);
    if (part.method === 0) {
      inflated += data.length;
    } else if (part.method === 8) {
      try {
        inflated += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - inflated) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLarge(field, limit);
        continue; // a damaged part: the parser will say so
      }
    }
    if (inflated > limit) throw tooLarge(field, limit);
  }
}
