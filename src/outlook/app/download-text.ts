/** Saves text as a file from the task pane (the CSV export). */
export function downloadText(fileName: string, content: string, type = 'text/csv;charset=utf-8'): void {
  // The BOM makes spreadsheet software read the accents right.
  const url = URL.createObjectURL(new Blob(['\ufeff', content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
