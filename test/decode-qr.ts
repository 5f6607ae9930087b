// What a phone camera does with a QR code, for the tests: a PNG's bytes to the text it carries,
// by jsqr and pngjs (dev dependencies), independent of the `qrcode` encoder the sandbox uses.
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with a default export: under NodeNext the function is its `default`.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** The text of the QR code in a PNG picture, or null when jsQR finds none. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
