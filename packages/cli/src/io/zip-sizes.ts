import zlib from 'node:zlib';

/*
 * The sizes a zip's central directory declares for its parts, read from the bytes without
 * unpacking anything, so a compression bomb (a gigabyte of empty rows in a megabyte) or a part
 * that claims gigabytes is refused before a parser spends minutes or the heap on it.
 */

export interface DeclaredPart {
  name: string;
  /** 8 = deflate, 0 = stored. */
  method: number;
  compressed: number;
  uncompressed: number;
  /** Offset of the part's local header. */
  offset: number;
  /** The uncompressed size was counted by unpacking (at least this much), not taken from the header. */
  measured?: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The parts of a zip as its central directory lists them; [] when the directory cannot be found (the zip reader then says why). */
export function declaredParts(bytes: Uint8Array): DeclaredPart[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65535 bytes (a comment may follow it).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const parts: DeclaredPart[] = [];
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== CENTRAL) break;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    parts.push({ name, method, compressed, uncompressed, offset: view.getUint32(at + 42, true) });
    at += 46 + nameLength + extra + comment;
  }
  return parts;
}

/** Larger parts than this are not read (a full Excel sheet of 1,048,576 rows of 10 columns is about 500 MB). */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;
/** A part above MIN_RATIO_CHECK that unpacks to more than this many times its packed size is a bomb, not a sheet (sheets pack about 10:1). */
export const MAX_RATIO = 200;
export const MIN_RATIO_CHECK = 16 * 1024 * 1024;

/** The first part whose declared size is too large or too compressed to be a real workbook part, if any. */
export function oversizedPart(parts: readonly DeclaredPart[]): DeclaredPart | undefined {
  return parts.find(
    (p) => p.uncompressed > MAX_PART_BYTES || p.uncompressed === 0xffffffff || (p.uncompressed > MIN_RATIO_CHECK && p.uncompressed > p.compressed * MAX_RATIO),
  );
}

/** Parts smaller than this when packed cannot unpack beyond MIN_RATIO_CHECK (deflate packs at most ~1032:1). */
const CHECK_FROM_PACKED = 16 * 1024;

/** Bytes a deflated part really unpacks to, counted without keeping them; stops once past `limit`. */
function inflatedBytes(data: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 1024 * 1024 });
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', () => resolve(total)); // damaged data: the zip reader says so
    inflate.end(data);
  });
}

/**
 * The first part that really unpacks to more than a workbook part can be, also when its headers
 * declare a small size (a bomb that lies): each deflated part big enough to matter is unpacked
 * once, counting bytes only, and stopped at the limit.
 */
export async function inflatedOversizedPart(bytes: Uint8Array, parts: readonly DeclaredPart[]): Promise<DeclaredPart | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const p of parts) {
    if (p.method !== 8 || p.compressed < CHECK_FROM_PACKED || p.offset + 30 > bytes.length) continue;
    if (view.getUint32(p.offset, true) !== 0x04034b50) continue;
    const start = p.offset + 30 + view.getUint16(p.offset + 26, true) + view.getUint16(p.offset + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + p.compressed));
    const limit = Math.min(MAX_PART_BYTES, Math.max(MIN_RATIO_CHECK, p.compressed * MAX_RATIO));
    const real = await inflatedBytes(data, limit);
    if (real > limit) return { ...p, uncompressed: real, measured: true };
  }
  return undefined;
}
