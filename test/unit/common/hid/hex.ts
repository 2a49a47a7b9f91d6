/** "05 0b 09 05" → bytes; spaces are for the reader, each pair is one descriptor byte. */
export const hex = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
