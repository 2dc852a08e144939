// A picture's width and height as the build reads them from each allowed
// type's header, so the page can reserve the space before the file loads.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { imageSize } from '../../../src/content/media.js';

const svg = (root: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n${root}<rect/></svg>`);

function jpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0)];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, ...new Array(9).fill(0)];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof0]);
}

function webp(chunk: 'VP8 ' | 'VP8L' | 'VP8X', width: number, height: number): Uint8Array {
  const b = Buffer.alloc(40);
  b.write('RIFF', 0, 'ascii');
  b.write('WEBP', 8, 'ascii');
  b.write(chunk, 12, 'ascii');
  if (chunk === 'VP8 ') {
    b.set([0x9d, 0x01, 0x2a], 23);
    b.writeUInt16LE(width, 26);
    b.writeUInt16LE(height, 28);
  } else if (chunk === 'VP8L') {
    b[20] = 0x2f;
    b.writeUInt32LE(((height - 1) << 14) | (width - 1), 21);
  } else {
    b.writeUIntLE(width - 1, 24, 3);
    b.writeUIntLE(height - 1, 27, 3);
  }
  return b;
}

describe('imageSize', () => {
  test('SVG: width and height in px, else the viewBox', () => {
    assert.deepEqual(imageSize(svg('<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320px" viewBox="0 0 240 160">'), 'svg'), { width: 480, height: 320 });
    assert.deepEqual(imageSize(svg("<svg viewBox='0,0,120.4,80'>"), 'svg'), { width: 120, height: 80 });
    // A width in % or em says nothing about the size: the viewBox does.
    assert.deepEqual(imageSize(svg('<svg width="100%" height="2em" viewBox="0 0 300 100">'), 'svg'), { width: 300, height: 100 });
    assert.equal(imageSize(svg('<svg width="100%">'), 'svg'), undefined);
    assert.equal(imageSize(new TextEncoder().encode('<html></html>'), 'svg'), undefined);
  });

  test('JPEG: the start-of-frame segment, past the others', () => {
    assert.deepEqual(imageSize(jpeg(1024, 683), 'jpg'), { width: 1024, height: 683 });
    assert.deepEqual(imageSize(jpeg(64, 48), 'jpeg'), { width: 64, height: 48 });
    assert.equal(imageSize(new Uint8Array([0xff, 0xd8, 0x00]), 'jpg'), undefined);
  });

  test('WebP: lossy, lossless and extended', () => {
    assert.deepEqual(imageSize(webp('VP8 ', 800, 600), 'webp'), { width: 800, height: 600 });
    assert.deepEqual(imageSize(webp('VP8L', 321, 123), 'webp'), { width: 321, height: 123 });
    assert.deepEqual(imageSize(webp('VP8X', 4000, 3000), 'webp'), { width: 4000, height: 3000 });
  });

  test('a PNG that is not one (a renamed file) has no size', () => {
    assert.equal(imageSize(new TextEncoder().encode('GIF89a........................'), 'png'), undefined);
  });
});
