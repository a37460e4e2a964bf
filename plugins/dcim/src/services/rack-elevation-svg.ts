/**
 * Draws a rack elevation as SVG (what NetBox's RackElevationSVG draws, simplified): a unit legend
 * on the left, the rack's units as rows, each mounted device as a box spanning its units with its
 * name and a link to it; devices the user may not view are drawn as anonymous occupied boxes, and
 * reserved units are hatched. Pure: takes plain data, returns the document text.
 */
import { unitName } from './rack-space.js';

export interface ElevationDevice {
  id: number;
  /** Null when the user may not view the device. */
  name: string | null;
  position: number;
  u_height: number;
  /** Hex colour without '#', e.g. the device role's. */
  color: string | null;
  url: string | null;
}

export interface ElevationSvgInput {
  rack: { name: string; u_height: number; starting_unit: number; desc_units: boolean };
  face: 'front' | 'rear';
  devices: ElevationDevice[];
  /** Reserved unit numbers (whole units). */
  reserved: number[];
  unitWidth: number;
  unitHeight: number;
  legendWidth: number;
  marginWidth: number;
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** Black or white text, whichever reads better on the background (NetBox's foreground_color). */
function textColor(hex: string): string {
  const n = Number.parseInt(hex, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return r * 0.299 + g * 0.587 + b * 0.114 > 186 ? '000000' : 'ffffff';
}

export function renderElevationSvg(input: ElevationSvgInput): string {
  const { rack, face, unitWidth: uw, unitHeight: uh, legendWidth: lw, marginWidth: mw } = input;
  const height = Number(rack.u_height);
  const start = Number(rack.starting_unit);
  const pad = uh / 2;
  const width = lw + uw + mw;
  const total = height * uh + pad * 2;
  /** Top edge (y) of the span from unit `from` (bottom edge) up `span` units. */
  const yOf = (from: number, span: number) =>
    pad + (rack.desc_units ? (from - start) * uh : (start + height - (from + span)) * uh);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" class="rack-elevation" data-face="${face}">`);
  out.push(`<title>${escapeXml(`${rack.name} (${face})`)}</title>`);
  out.push('<style>.unit{font:10px sans-serif;fill:#6c757d}.slot{fill:#f6f6f6;stroke:#e0e0e0}.device text{font:11px sans-serif}.reserved{fill:url(#reserved)}</style>');
  out.push('<defs><pattern id="reserved" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="4" height="7" fill="#f0ad4e" opacity="0.4"/></pattern></defs>');
  out.push(`<rect class="rack" x="${lw}" y="${pad}" width="${uw}" height="${height * uh}" fill="none" stroke="#343a40" stroke-width="2"/>`);
  for (let i = 0; i < height; i++) {
    const unit = start + i;
    const y = yOf(unit, 1);
    out.push(`<text class="unit" x="${lw - 4}" y="${y + uh / 2 + 3}" text-anchor="end">${unitName(unit).slice(1)}</text>`);
    out.push(`<rect class="slot" data-unit="${unit}" x="${lw + 1}" y="${y + 0.5}" width="${uw - 2}" height="${uh - 1}"/>`);
  }
  for (const unit of input.reserved)
    if (unit >= start && unit < start + height)
      out.push(`<rect class="reserved" data-unit="${unit}" x="${lw + 1}" y="${yOf(unit, 1) + 0.5}" width="${uw - 2}" height="${uh - 1}"/>`);
  for (const d of input.devices) {
    const y = yOf(d.position, d.u_height);
    const h = d.u_height * uh;
    const fill = d.name === null ? 'c0c0c0' : (d.color || '9e9e9e');
    const box = `<rect x="${lw + 1}" y="${y + 0.5}" width="${uw - 2}" height="${h - 1}" fill="#${fill}" stroke="#343a40" rx="2"/>`;
    const label = d.name === null ? '' : `<text x="${lw + uw / 2}" y="${y + h / 2 + 4}" text-anchor="middle" fill="#${textColor(fill)}">${escapeXml(d.name)}</text>`;
    const inner = `${box}${label}`;
    out.push(`<g class="device" data-device="${d.name === null ? '' : d.id}">${d.url ? `<a href="${escapeXml(d.url)}" target="_parent">${inner}</a>` : inner}</g>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
