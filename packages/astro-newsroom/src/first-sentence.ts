/** A short headline for an update without a title: its first sentence, at most 110 characters (Google's limit). */
export function firstSentence(text: string): string {
  const sentence = text.trim().split(/(?<=[.!?…])\s+/u)[0] ?? '';
  return sentence.length <= 110 ? sentence : `${sentence.slice(0, 109).trimEnd()}…`;
}
