// Printers as the Settings screen lists them.
export interface PrinterView {
  name: string;
  isDefault: boolean;
  state: 'idle' | 'printing' | 'paused' | 'unknown';
  detail?: string;
}
