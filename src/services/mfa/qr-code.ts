import QRCode from 'qrcode';

/**
 * A PNG of `text` as a QR code, by `qrcode` (a well-kept encoder; error correction M, the
 * default). The same text always gives the same bytes, so the state and answers stay
 * deterministic.
 */
export async function qrCodePng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 6 });
}
