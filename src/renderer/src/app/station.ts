// The one StationApi the renderer talks to (Electron preload or the browser host).
import { getStation } from '../bridge';

export const station = getStation();
