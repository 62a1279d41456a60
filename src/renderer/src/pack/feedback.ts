// Sounds for the packer, who is looking at the box and not the screen.
import { playTone } from '../sound/tones';

export const feedback = {
  ok: (): void => playTone('ok'),
  itemOk: (): void => playTone('item'),
  error: (): void => playTone('error'),
};
