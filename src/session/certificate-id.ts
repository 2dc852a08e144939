/**
 * The id printed on a certificate and recorded in the LMS with the
 * attestation. It is computed from the learner's LMS id, the course version
 * and the minute of the attestation, so a compliance manager can match a
 * printed certificate to the record it came from (same inputs, same id).
 * Not a secret and not a signature: it names a record, it does not prove one.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base 32: no I, L, O, U to misread.
const MINUTE = 60_000;

export function certificateId(learnerId: string, courseVersion: string, attestedAt: Date): string {
  const minute = Math.floor(attestedAt.getTime() / MINUTE);
  const text = `${learnerId}\u0000${courseVersion}\u0000${minute}`;
  // Two independent 32-bit FNV-1a hashes (different offset bases) give 60 usable bits.
  const digits = [...base32(fnv1a(text, 0x811c9dc5), 6), ...base32(fnv1a(text, 0x01000193 ^ 0x5bd1e995), 6)];
  return `FL-${digits.slice(0, 4).join('')}-${digits.slice(4, 8).join('')}-${digits.slice(8, 12).join('')}`;
}

function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The low `count` × 5 bits of `value`, most significant first. */
function base32(value: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => ALPHABET[(value >>> (5 * (count - 1 - i))) & 31]!);
}
