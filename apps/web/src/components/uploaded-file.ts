/** A chosen file as the API's UploadedFileDto: name, media type and the bytes in base64; the server hashes them. */
export interface UploadedFile {
  filename: string;
  mediaType?: string;
  contentBase64: string;
}

export async function uploadedFile(file: File): Promise<UploadedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { filename: file.name, ...(file.type ? { mediaType: file.type } : {}), contentBase64: btoa(binary) };
}
