// Makes the committed images in public/ from the one logo source, app/icon.svg (which Next
// also serves as the page icon): favicon.ico for clients that ask for it by that name, and
// og-image.png, the 1200×630 preview that link previews show. Run it after changing the logo:
//   npx tsx scripts/make-public-assets.ts
// Text is drawn with the machine's fonts (DejaVu Sans or Liberation Sans on Debian).
import { readFile, writeFile } from "node:fs/promises";
import sharp from "sharp";

const logo = await readFile("app/icon.svg");
const png = (size: number) => sharp(logo, { density: 72 * (size / 32) }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();

/** An ICO file holding PNG images: a 6-byte header, a 16-byte entry per image, then the images. */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size, entry);
    header.writeUInt8(size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map(({ data }) => data)]);
}

await writeFile("public/favicon.ico", ico([{ size: 16, data: await png(16) }, { size: 32, data: await png(32) }, { size: 48, data: await png(48) }]));

const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#312e81"/><stop offset="1" stop-color="#134e4a"/></linearGradient></defs>
  <rect width="1200" height="630" fill="url(#g)"/>
  <text x="100" y="380" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-weight="bold" font-size="112" fill="#ffffff">Lumen</text>
  <text x="104" y="460" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="44" fill="#c7d2fe">Learn by doing</text>
  <text x="104" y="540" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="28" fill="#99f6e4">Open-source courses, practice and progress you can see</text>
</svg>`;
await sharp(Buffer.from(card))
  .composite([{ input: await png(160), left: 100, top: 110 }])
  .png({ palette: true, quality: 90, compressionLevel: 9 })
  .toFile("public/og-image.png");
