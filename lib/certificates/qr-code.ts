// The QR code of a certificate's verification address, for the page (inline SVG, crisp at
// any zoom and in print) and for the PDF (its modules, drawn as vector squares).
import QRCode from "qrcode";

const options = { errorCorrectionLevel: "M" as const, margin: 0 };

/** An SVG document drawing the code, dark on white, sized by its container. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...options, type: "svg", color: { dark: "#0f172a", light: "#ffffff" } });
}

/** The code as a square grid of dark (true) and light modules. */
export function qrModules(url: string): { size: number; dark: (row: number, column: number) => boolean } {
  const { modules } = QRCode.create(url, options);
  return { size: modules.size, dark: (row, column) => Boolean(modules.get(row, column)) };
}
