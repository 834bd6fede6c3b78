/** Saves content as a file the user downloads; the pane is given one so tests can see what it saves. */
export type SaveFile = (content: BlobPart, fileName: string, type: string) => void;

/** Offers the content as a file download (an object URL clicked through a temporary link). */
export const downloadInBrowser: SaveFile = (content, fileName, type) => {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is kept a while for slow starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};
