// The origin an API key belongs to: scheme, host and port of the API address it was entered for.

/** `https://host[:port]` of an http(s) address; null for an empty or unusable one. */
export function originOf(url: string): string | null {
  if (!url.trim()) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
