import { uploadedFile } from '../../components/uploaded-file';

export interface ContentDraft {
  mode: 'text' | 'file';
  text: string;
  file: File | null;
}

/** What the form says is missing about the document's content, or undefined when it is there. */
export function missingContent(draft: ContentDraft): string | undefined {
  if (draft.mode === 'text' && !draft.text.trim()) return '请填写正文';
  if (draft.mode === 'file' && !draft.file) return '请选择文件';
  return undefined;
}

/** The content as the API's bodyText or file: one of the two. */
export async function contentBody(draft: ContentDraft) {
  return draft.mode === 'text' ? { bodyText: draft.text } : { file: await uploadedFile(draft.file!) };
}
