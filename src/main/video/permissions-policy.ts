// The browser host's Permissions-Policy header: the camera for our own origin, the microphone only while
// the recording setting has it on, and the other powerful features for nobody.
export function permissionsPolicyHeader(microphone: boolean): string {
  return [
    'camera=(self)',
    `microphone=${microphone ? '(self)' : '()'}`,
    'geolocation=()',
    'usb=()',
    'serial=()',
    'hid=()',
    'bluetooth=()',
    'payment=()',
    'display-capture=()',
  ].join(', ');
}
