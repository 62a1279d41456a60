// The typed bridge: exposes exactly the IPC contract as `window.station`, nothing generic — no
// ipcRenderer, no invoke(channel). Type-only imports: a sandboxed preload cannot load zod or our modules,
// except the EVENT_CHANNEL constant which electron-vite bundles in.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { StationApi } from '../shared/ipc/contract';
import { EVENT_CHANNEL, type StationEvent, type StationEventListener } from '../shared/ipc/events';

const api = {
  app: {
    info: () => ipcRenderer.invoke('app:info'),
  },
  settings: {
    get: () => ipcRenderer.invoke('settings:get'),
    update: (arg) => ipcRenderer.invoke('settings:update', arg),
    setApiKey: (arg) => ipcRenderer.invoke('settings:setApiKey', arg),
    setPickupOption: (arg) => ipcRenderer.invoke('settings:setPickupOption', arg),
    testConnection: () => ipcRenderer.invoke('settings:testConnection'),
  },
  supervisor: {
    setPin: (arg) => ipcRenderer.invoke('supervisor:setPin', arg),
    verifyPin: (arg) => ipcRenderer.invoke('supervisor:verifyPin', arg),
    endSession: (arg) => ipcRenderer.invoke('supervisor:endSession', arg),
  },
  flow: {
    scan: (arg) => ipcRenderer.invoke('flow:scan', arg),
    finishVerification: (arg) => ipcRenderer.invoke('flow:finishVerification', arg),
    cancelCurrent: () => ipcRenderer.invoke('flow:cancelCurrent'),
    setPickupOption: (arg) => ipcRenderer.invoke('flow:setPickupOption', arg),
    nextPickupOption: (arg) => ipcRenderer.invoke('flow:nextPickupOption', arg),
    reprint: (arg) => ipcRenderer.invoke('flow:reprint', arg),
    reprintLast: () => ipcRenderer.invoke('flow:reprintLast'),
    confirmLabel: (arg) => ipcRenderer.invoke('flow:confirmLabel', arg),
  },
  tray: {
    list: () => ipcRenderer.invoke('tray:list'),
    print: () => ipcRenderer.invoke('tray:print'),
    discard: (arg) => ipcRenderer.invoke('tray:discard', arg),
  },
  shift: {
    get: () => ipcRenderer.invoke('shift:get'),
  },
  queue: {
    status: () => ipcRenderer.invoke('queue:status'),
    refresh: () => ipcRenderer.invoke('queue:refresh'),
    codes: () => ipcRenderer.invoke('queue:codes'),
    ready: (arg) => ipcRenderer.invoke('queue:ready', arg),
    order: (arg) => ipcRenderer.invoke('queue:order', arg),
  },
  printers: {
    list: () => ipcRenderer.invoke('printers:list'),
    testLabel: () => ipcRenderer.invoke('printers:testLabel'),
  },
  commands: {
    printSheet: () => ipcRenderer.invoke('commands:printSheet'),
  },
  outbox: {
    list: () => ipcRenderer.invoke('outbox:list'),
    summary: () => ipcRenderer.invoke('outbox:summary'),
    retry: (arg) => ipcRenderer.invoke('outbox:retry', arg),
    retryAll: (arg) => ipcRenderer.invoke('outbox:retryAll', arg),
    discard: (arg) => ipcRenderer.invoke('outbox:discard', arg),
  },
  connectivity: {
    probe: () => ipcRenderer.invoke('connectivity:probe'),
  },
  orders: {
    list: (arg) => ipcRenderer.invoke('orders:list', arg),
    detail: (arg) => ipcRenderer.invoke('orders:detail', arg),
    track: (arg) => ipcRenderer.invoke('orders:track', arg),
    cancel: (arg) => ipcRenderer.invoke('orders:cancel', arg),
    return: (arg) => ipcRenderer.invoke('orders:return', arg),
    complete: (arg) => ipcRenderer.invoke('orders:complete', arg),
    create: (arg) => ipcRenderer.invoke('orders:create', arg),
    update: (arg) => ipcRenderer.invoke('orders:update', arg),
  },
  batch: {
    preview: (arg) => ipcRenderer.invoke('batch:preview', arg),
    start: (arg) => ipcRenderer.invoke('batch:start', arg),
    current: () => ipcRenderer.invoke('batch:current'),
    get: (arg) => ipcRenderer.invoke('batch:get', arg),
    list: () => ipcRenderer.invoke('batch:list'),
    failuresCsv: (arg) => ipcRenderer.invoke('batch:failuresCsv', arg),
    resume: (arg) => ipcRenderer.invoke('batch:resume', arg),
    reprint: (arg) => ipcRenderer.invoke('batch:reprint', arg),
  },
  cancel: {
    approve: (arg) => ipcRenderer.invoke('cancel:approve', arg),
    reject: (arg) => ipcRenderer.invoke('cancel:reject', arg),
  },
  people: {
    get: () => ipcRenderer.invoke('people:get'),
    add: (arg) => ipcRenderer.invoke('people:add', arg),
    rename: (arg) => ipcRenderer.invoke('people:rename', arg),
    retire: (arg) => ipcRenderer.invoke('people:retire', arg),
    badge: (arg) => ipcRenderer.invoke('people:badge', arg),
    pick: (arg) => ipcRenderer.invoke('people:pick', arg),
    end: () => ipcRenderer.invoke('people:end'),
  },
  report: {
    shifts: () => ipcRenderer.invoke('report:shifts'),
    get: (arg) => ipcRenderer.invoke('report:get', arg),
    csv: (arg) => ipcRenderer.invoke('report:csv', arg),
    print: (arg) => ipcRenderer.invoke('report:print', arg),
  },
  returns: {
    lookup: (arg) => ipcRenderer.invoke('returns:lookup', arg),
    record: (arg) => ipcRenderer.invoke('returns:record', arg),
    list: () => ipcRenderer.invoke('returns:list'),
    reprintSlip: (arg) => ipcRenderer.invoke('returns:reprintSlip', arg),
  },
  documents: {
    testPage: () => ipcRenderer.invoke('documents:testPage'),
    printSlip: (arg) => ipcRenderer.invoke('documents:printSlip', arg),
    printSlips: (arg) => ipcRenderer.invoke('documents:printSlips', arg),
  },
  handover: {
    pending: () => ipcRenderer.invoke('handover:pending'),
    check: (arg) => ipcRenderer.invoke('handover:check', arg),
    printManifest: (arg) => ipcRenderer.invoke('handover:printManifest', arg),
    close: (arg) => ipcRenderer.invoke('handover:close', arg),
    history: () => ipcRenderer.invoke('handover:history'),
    reprint: (arg) => ipcRenderer.invoke('handover:reprint', arg),
    csv: (arg) => ipcRenderer.invoke('handover:csv', arg),
  },
  search: {
    find: (arg) => ipcRenderer.invoke('search:find', arg),
    byTracking: (arg) => ipcRenderer.invoke('search:byTracking', arg),
  },
  video: {
    settings: () => ipcRenderer.invoke('video:settings'),
    updateSettings: (arg) => ipcRenderer.invoke('video:updateSettings', arg),
    camera: (arg) => ipcRenderer.invoke('video:camera', arg),
    pickFolder: () => ipcRenderer.invoke('video:pickFolder'),
    start: (arg) => ipcRenderer.invoke('video:start', arg),
    append: (arg) => ipcRenderer.invoke('video:append', arg),
    finish: (arg) => ipcRenderer.invoke('video:finish', arg),
    awb: (arg) => ipcRenderer.invoke('video:awb', arg),
    search: (arg) => ipcRenderer.invoke('video:search', arg),
    read: (arg) => ipcRenderer.invoke('video:read', arg),
    export: (arg) => ipcRenderer.invoke('video:export', arg),
    storage: () => ipcRenderer.invoke('video:storage'),
  },
  onEvent(listener: StationEventListener, onSubscribed?: () => void) {
    // Wrap so the renderer never sees the IpcRendererEvent (it carries `sender`).
    const wrapped = (_e: IpcRendererEvent, event: StationEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    // IPC listeners are live at once; the callback still runs after this call returns, as over HTTP.
    if (onSubscribed) queueMicrotask(onSubscribed);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
} satisfies StationApi;

contextBridge.exposeInMainWorld('station', api);
