// The illustrations in a firm's colours: the two theme colours replaced, in
// any case, and nothing else touched.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { recolourSvg, THEME_COLOURS } from '../../../scripts/lib/media/recolour-svg.js';

const SVG = '<svg viewBox="0 0 10 10"><rect fill="#0B3D91"/><circle fill="#f2a900"/><path stroke="#0b3d91" fill="#1B2A41"/></svg>';

describe('recolourSvg', () => {
  test('replaces the primary and the accent, whatever their case, leaving the neutrals', () => {
    assert.equal(recolourSvg(SVG, { primary: '#7A1F2B', accent: '#2E8B57' }), '<svg viewBox="0 0 10 10"><rect fill="#7A1F2B"/><circle fill="#2E8B57"/><path stroke="#7A1F2B" fill="#1B2A41"/></svg>');
  });

  test('a colour not given stays as drawn', () => {
    assert.equal(recolourSvg(SVG, { accent: '#123' }), SVG.replace('#f2a900', '#123'));
    assert.equal(recolourSvg(SVG), SVG);
    assert.equal(recolourSvg(SVG, {}), SVG);
  });

  test('something that is not a hex colour is ignored rather than written into the file', () => {
    assert.equal(recolourSvg(SVG, { primary: 'red"/><script>', accent: 'url(#x)' }), SVG);
  });

  test("the course's illustrations use exactly the two theme colours plus neutrals, and stay small", () => {
    const dir = 'modules/media';
    const neutrals = new Set(['#FFFFFF', '#EEF1F6', '#DDE3EC', '#C5CCD8', '#5A6B82', '#1B2A41']);
    const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));
    assert.ok(files.length >= 8 && files.includes('cover.svg'), files.join(', '));
    for (const file of files) {
      const svg = readFileSync(`${dir}/${file}`, 'utf8');
      assert.ok(svg.length <= 3 * 1024, `${file} is ${svg.length} bytes`);
      const colours = new Set((svg.match(/#[0-9a-f]{6}\b/gi) ?? []).map((c) => c.toUpperCase()));
      assert.ok(colours.has(THEME_COLOURS.primary) && colours.has(THEME_COLOURS.accent), `${file} uses both theme colours`);
      for (const c of colours) assert.ok(c === THEME_COLOURS.primary || c === THEME_COLOURS.accent || neutrals.has(c), `${file}: ${c} is neither a theme colour nor a neutral`);
    }
  });
});
