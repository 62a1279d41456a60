// Which permission requests the window may have: the camera ('media' with video) for the app's own page,
// the microphone too only while the recording setting has it on; every other permission, every other page
// (a frame, a foreign URL) is refused. Typed structurally so tests call it without Electron.

export interface MediaPolicy {
  /** True for the app's own page (the built file:// page or the dev server). */
  isOurPage(url: string): boolean;
  /** The camera settings' microphone switch, read at each request. */
  microphone(): boolean;
}

type MediaType = 'video' | 'audio';

export interface RequestDetails {
  requestingUrl?: string;
  isMainFrame?: boolean;
  mediaTypes?: MediaType[];
}

export interface CheckDetails {
  requestingUrl?: string;
  isMainFrame?: boolean;
  mediaType?: MediaType | 'unknown';
}

function allowedTypes(policy: MediaPolicy): Set<string> {
  return new Set(policy.microphone() ? ['video', 'audio'] : ['video']);
}

/** A permission request (getUserMedia): every requested media type must be allowed. */
export function mediaRequestAllowed(
  permission: string,
  given: RequestDetails | undefined,
  policy: MediaPolicy,
): boolean {
  // Anything Electron does not describe is refused.
  const details = given ?? {};
  if (permission !== 'media') return false;
  if (details.isMainFrame === false) return false;
  if (!details.requestingUrl || !policy.isOurPage(details.requestingUrl)) return false;
  const types = details.mediaTypes ?? [];
  if (types.length === 0) return false;
  const allowed = allowedTypes(policy);
  return types.every((t) => allowed.has(t));
}

/** A permission check (enumerateDevices labels, permission queries): the same rule, one type at a time. */
export function mediaCheckAllowed(
  permission: string,
  pageUrl: string | null,
  given: CheckDetails | undefined,
  policy: MediaPolicy,
): boolean {
  const details = given ?? {};
  if (permission !== 'media') return false;
  if (details.isMainFrame === false) return false;
  const url = details.requestingUrl ?? pageUrl;
  if (!url || !policy.isOurPage(url)) return false;
  const type = details.mediaType ?? 'unknown';
  // 'unknown' is a check for device labels: allowed when the camera is.
  return type === 'unknown' || allowedTypes(policy).has(type);
}
