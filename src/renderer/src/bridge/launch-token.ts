// The browser host's per-launch token (NOT the API key: main keeps that). It arrives once in the URL
// fragment (#token=...), moves to sessionStorage, and the fragment is wiped from the address bar.
const STORAGE_KEY = 'station.hostToken';

export function takeLaunchToken(
  loc: Location = window.location,
  storage: Storage = window.sessionStorage,
): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(loc.hash);
  if (match) {
    const token = decodeURIComponent(match[1]);
    storage.setItem(STORAGE_KEY, token);
    window.history.replaceState(null, '', loc.pathname + loc.search);
    return token;
  }
  return storage.getItem(STORAGE_KEY);
}
