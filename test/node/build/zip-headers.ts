// Reads a zip's central directory (APPNOTE 4.3.12) so tests check the bytes
// the build wrote, not what a zip library chooses to report.
export interface CentralEntry {
  name: string;
  /** Upper byte of "version made by": 0 = MS-DOS (APPNOTE 4.4.2). */
  platform: number;
  /** 8 = DEFLATE (APPNOTE 4.4.5). */
  method: number;
  dosTime: number;
  dosDate: number;
  externalAttributes: number;
}

export function centralDirectory(zip: Buffer): CentralEntry[] {
  const eocd = zip.length - 22; // the build writes no zip comment
  if (zip.readUInt32LE(eocd) !== 0x06054b50) throw new Error('end of central directory not found');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      platform: zip.readUInt8(at + 5),
      method: zip.readUInt16LE(at + 10),
      dosTime: zip.readUInt16LE(at + 12),
      dosDate: zip.readUInt16LE(at + 14),
      externalAttributes: zip.readUInt32LE(at + 38),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}
