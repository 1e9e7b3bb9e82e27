/** Text a user reads: Vietnamese first, English second. */
export type LocalizedText = { readonly vi: string; readonly en: string };

export function text(vi: string, en: string): LocalizedText {
  return { vi, en };
}

/** One line for logs and plain-text channels: "Tiếng Việt / English". */
export function bilingual(t: LocalizedText): string {
  return `${t.vi} / ${t.en}`;
}
