// Saves text as a CSV download. The UTF-8 BOM makes Excel (which assumes GBK on Chinese Windows) read UTF-8.
export function downloadCsv(csv: string, fileName: string): void {
  const body = csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`;
  const url = URL.createObjectURL(new Blob([body], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
