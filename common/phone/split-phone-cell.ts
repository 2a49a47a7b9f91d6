/**
 * One cell often holds several numbers: "13800138000/13900139000", "手机:138…；座机:010…".
 * Extensions ("转123") never contain these separators, so splitting first is safe.
 */
const SEPARATORS = /[/／;；,，、|｜\n]+/;
const SEPARATOR_OR_LABEL = /[/／;；,，、|｜\n:：]/;

export function splitPhoneCell(cell: string): string[] {
  if (!SEPARATOR_OR_LABEL.test(cell)) {
    const part = cell.trim(); // the usual cell: one number, nothing to split (saves a split and a regex per part)
    return part ? [part] : [];
  }
  return cell
    .split(SEPARATORS)
    .map((part) => part.replace(/^\s*[^\d+＋(（０-９]*[:：]\s*/, '').trim())
    .filter((part) => part !== '');
}
