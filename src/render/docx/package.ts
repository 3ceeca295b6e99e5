// Post-processing of the .docx package (a zip): fixed timestamps so that the same input gives the
// same bytes (docx stamps core.xml and the zip entries with the current time, with no option to
// change it), and the DRAF watermark, which docx cannot draw, as Word's own watermark shape.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Placeholder text that marks where the watermark shape goes in the page headers. */
export const WATERMARK_MARKER = 'SKJ-WATERMARK-7f3a';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Word's "Text watermark" (Design > Watermark): a rotated, semi-transparent WordArt shape behind the text. */
function watermarkRun(text: string): string {
  return (
    '<w:r><w:pict>' +
    `<v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136" ` +
    'style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:150pt;rotation:315;z-index:-251657216;' +
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" ' +
    'o:allowincell="f" fillcolor="silver" stroked="f">' +
    '<v:fill opacity=".5"/>' +
    `<v:textpath style="font-family:&quot;Bookman Old Style&quot;;font-size:1pt" string="${escapeXml(text)}"/>` +
    '</v:shape></w:pict></w:r>'
  );
}

const NAMESPACES = ['xmlns:v="urn:schemas-microsoft-com:vml"', 'xmlns:o="urn:schemas-microsoft-com:office:office"'];

function addWatermark(xml: string, text: string): string {
  const run = new RegExp(`<w:r>(?:(?!</w:r>).)*?${WATERMARK_MARKER}(?:(?!</w:r>).)*?</w:r>`, 'gs');
  let out = xml.replace(run, watermarkRun(text));
  for (const ns of NAMESPACES) if (!out.includes(ns.split('=')[0]! + '=')) out = out.replace(/<w:hdr /, `<w:hdr ${ns} `);
  return out;
}

/**
 * Date fields in the zip are local time: build the local Date whose fields are the UTC ones, so the bytes do not depend on TZ.
 * A zip (DOS) date holds the years 1980–2099 only; a later date (SOURCE_DATE_EPOCH goes to 9999) stays whole in core.xml.
 */
function zipTime(epochSeconds: number): Date {
  const d = new Date(Math.min(Math.max(epochSeconds * 1000, Date.UTC(1980, 0, 1, 12)), Date.UTC(2099, 11, 31, 12)));
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

export function deterministicZip(bytes: Uint8Array, epochSeconds: number, draftMark: string | undefined): Buffer {
  const files = unzipSync(bytes);
  const iso = new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const mtime = zipTime(epochSeconds);
  const out: Zippable = {};
  for (const name of Object.keys(files)) {
    let data = files[name]!;
    if (name === 'docProps/core.xml') {
      data = strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`));
    } else if (/^word\/header\d*\.xml$/.test(name)) {
      const xml = strFromU8(data);
      if (xml.includes(WATERMARK_MARKER)) data = strToU8(draftMark ? addWatermark(xml, draftMark) : xml);
    }
    out[name] = [data, { mtime, level: 9 }];
  }
  return Buffer.from(zipSync(out, { mtime }));
}
