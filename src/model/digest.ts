/**
 * SHA-256 of bytes as 64 lowercase hex digits, by Web Crypto: the same in Node, workerd and a
 * browser. The one hash of the project: manifests, checksums, ETags and Repr-Digest all use it.
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
