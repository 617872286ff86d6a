// The certificate as a PDF, made on the server with pdfkit: A4 landscape, the same content as
// the page (student, course, teacher, date, code and the QR code of the verification
// address, drawn as vectors). Names can be in any script the embedded DejaVu Sans covers
// (Latin with every accent, Greek, Cyrillic…), since the PDF's standard fonts only know
// Windows-1252.
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { qrModules } from "./qr-code";
import type { CertificateVerification } from "./views";

const FONTS = path.join(process.cwd(), "lib/certificates/fonts");
const INK = "#0f172a";
const MUTED = "#475569";
const BRAND = "#4338ca";
const DANGER = "#b91c1c";

export type CertificatePdfInput = {
  certificate: CertificateVerification;
  locale: Locale;
  /** The issue (and revocation) dates as the reader's page shows them. */
  issuedOn: string;
  revokedOn: string | null;
};

/** The finished PDF's bytes. */
export function certificatePdf({ certificate, locale, issuedOn, revokedOn }: CertificatePdfInput): Promise<Buffer> {
  const t = translatorFor(locale, "Certificates");
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    font: path.join(FONTS, "DejaVuSans.ttf"),
    info: { Title: `${t("heading")} · ${certificate.studentName}`, Subject: certificate.courseTitle, Author: "Lumen", Keywords: certificate.code },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", path.join(FONTS, "DejaVuSans.ttf"));
  doc.registerFont("bold", path.join(FONTS, "DejaVuSans-Bold.ttf"));

  const { width, height } = doc.page;
  const inset = 28;
  doc.lineWidth(3).strokeColor(BRAND).rect(inset, inset, width - 2 * inset, height - 2 * inset).stroke();
  doc.lineWidth(0.75).strokeColor("#c7d2fe").rect(inset + 8, inset + 8, width - 2 * inset - 16, height - 2 * inset - 16).stroke();

  const left = 80;
  const textWidth = width - 2 * left;
  const centred = { width: textWidth, align: "center" as const };
  doc.font("bold").fontSize(14).fillColor(BRAND).text("LUMEN", left, 78, { ...centred, characterSpacing: 4 });
  doc.font("bold").fontSize(30).fillColor(INK).text(t("heading"), left, 108, centred);
  doc.font("regular").fontSize(13).fillColor(MUTED).text(t("certifies"), left, 172, centred);
  doc.font("bold").fontSize(34).fillColor(INK).text(certificate.studentName, left, 196, { ...centred, height: 90, ellipsis: true });
  const afterName = Math.max(doc.y + 8, 250);
  doc.font("regular").fontSize(13).fillColor(MUTED).text(t("completed"), left, afterName, centred);
  doc.font("bold").fontSize(22).fillColor(BRAND).text(certificate.courseTitle, left, doc.y + 8, { ...centred, height: 64, ellipsis: true });

  // Bottom row: teacher and date on the left, the code and the QR code on the right.
  const qrSize = 96;
  const qrX = width - left - qrSize;
  const rowY = height - 80 - qrSize;
  const fact = (label: string, value: string, x: number, y: number, w: number) => {
    doc.font("regular").fontSize(9).fillColor(MUTED).text(label.toUpperCase(), x, y, { width: w, characterSpacing: 1 });
    doc.font("bold").fontSize(13).fillColor(INK).text(value, x, doc.y + 3, { width: w });
  };
  fact(t("teacher"), certificate.teacherName, left, rowY + 10, 220);
  fact(t("issuedOn"), issuedOn, left + 240, rowY + 10, 160);
  fact(t("code"), certificate.code, left, rowY + 62, 400);
  doc.font("regular").fontSize(8).fillColor(MUTED).text(`${t("verifyAt")} ${certificate.verificationUrl}`, qrX - 260, rowY + qrSize + 8, { width: 260 + qrSize, align: "right" });

  const qr = qrModules(certificate.verificationUrl);
  const cell = qrSize / qr.size;
  doc.fillColor(INK);
  for (let row = 0; row < qr.size; row++) {
    for (let column = 0; column < qr.size; column++) {
      if (qr.dark(row, column)) doc.rect(qrX + column * cell, rowY + row * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill();

  if (revokedOn) {
    doc.font("bold").fontSize(16).fillColor(DANGER).text(t("revokedText", { date: revokedOn }), left, 44, { ...centred, height: 20 });
  }
  doc.end();
  return done;
}
