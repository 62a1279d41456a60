// Public options of the sandbox and the in-memory shape of one order. The stored order keeps raw
// values (numbers for money, epoch ms for times); the views module turns it into the API's shapes.
import type { OrderStatus } from '../../shared/orders';

export interface SandboxTenant {
  id: string;
  key: string;
}

export interface SandboxOptions {
  /** Seeded orders per tenant, default 200. */
  orders?: number;
  /** Deterministic data, default 1. */
  seed?: number;
  /** Default: one tenant {id:'demo', key:<random hex>}. */
  tenants?: SandboxTenant[];
  /** Refuse aliases (size, sort) and display-label status filters with 422. */
  strict?: boolean;
  /** set-process-packed delay, default 1000. */
  asyncDelayMs?: number;
  host?: string;
  apiPort?: number;
  /** The label "CDN" is a second origin. */
  labelPort?: number;
  now?: () => Date;
}

export interface RunningSandbox {
  /** e.g. http://127.0.0.1:4010 (the client appends /api/partner/v1). */
  apiOrigin: string;
  labelOrigin: string;
  tenants: SandboxTenant[];
  close(): Promise<void>;
}

export type StorePlatform = 'offline' | 'shopee' | 'tokopedia' | 'lazada' | 'tiktok';

export interface StoredLine {
  id: number;
  productId: number | null;
  name: string | null;
  sku: string;
  price: number;
  quantity: number;
  weight: number;
  isCancel: boolean;
}

export interface StoredParty {
  name: string | null;
  phone: string | null;
  email: string | null;
  fullAddress: string | null;
  remarks: string | null;
}

export interface StoredRecipient extends StoredParty {
  country: string;
  state: string | null;
  city: string | null;
  district: string | null;
  subDistrict: string | null;
  postalCode: string | null;
}

export interface StoredPrice {
  subTotal: number;
  shipping: number;
  discount: number;
  tax: number;
  cod: number;
  insurance: number;
  grandTotal: number;
}

/** One line of order_history: a status the order entered, and when. */
export interface StoredHistory {
  status: OrderStatus;
  at: number;
  activity: string;
  actor: string;
  remarks: string;
}

export interface StoredOrder {
  id: number;
  code: string;
  originalCode: string;
  referenceId: string | null;
  status: OrderStatus;
  platform: StorePlatform;
  storeName: string;
  storeChannelId: string;
  createdVia: string;
  clientId: string;
  locationId: number;
  warehouseCode: string;
  warehouseCity: string;
  paymentType: 'COD' | 'NON COD';
  paymentVia: string | null;
  provider: string;
  service: string;
  carrier: string;
  delivery: string;
  trackingNumber: string | null;
  pickupOption: string | null;
  isFake: boolean;
  fulfillByMp: boolean;
  recipient: StoredRecipient;
  buyer: StoredParty;
  dropshipper: StoredParty | null;
  lines: StoredLine[];
  price: StoredPrice;
  /** Set while a cancellation request is open, and kept on a cancelled order. */
  cancelBy: string | null;
  cancelReason: string | null;
  cancelSlaAt: number | null;
  cancelRequestOpen: boolean;
  returnBy: string | null;
  returnReason: string | null;
  checkoutAt: number | null;
  paidAt: number | null;
  createdAt: number;
  updatedAt: number;
  history: StoredHistory[];
  printedAt: number | null;
  notes: string | null;
  tags: string[];
}

/** A status change applied by a request (seeding writes none). */
export interface AuditEntry {
  order_code: string;
  from: OrderStatus;
  to: OrderStatus;
  at: string;
  request_id: string;
}
