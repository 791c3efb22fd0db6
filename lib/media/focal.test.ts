import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CROPS, focalCrop, focusToken } from "./focal";

describe("focal-point crops", () => {
  it("centres the crop on the point when the picture leaves room", () => {
    // 3000×2000, 16:9 → 3000×1688; the point at 50 % × 30 % (y 600) needs top 600 − 844 < 0: pushed to 0.
    expect(focalCrop(3000, 2000, 16 / 9, { focalX: 0.5, focalY: 0.3 })).toEqual({ left: 0, top: 0, width: 3000, height: 1688 });
    // A square from a landscape picture, point at 80 % across: centred on x 2400, the edge stops it at 1000.
    expect(focalCrop(3000, 2000, 1, { focalX: 0.8, focalY: 0.5 })).toEqual({ left: 1000, top: 0, width: 2000, height: 2000 });
    expect(focalCrop(3000, 2000, 1, { focalX: 0.5, focalY: 0.5 })).toEqual({ left: 500, top: 0, width: 2000, height: 2000 });
    expect(focalCrop(1000, 3000, CROPS.og.aspect, { focalX: 0.5, focalY: 0.1 })).toEqual({ left: 0, top: 38, width: 1000, height: 525 }); // y 300 − 262.5
    expect(focalCrop(1000, 3000, CROPS.og.aspect, { focalX: 0.5, focalY: 0.5 })).toEqual({ left: 0, top: 1238, width: 1000, height: 525 });
  });

  it("always keeps the point inside a crop of the asked shape that fits the picture", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9000 }),
        fc.integer({ min: 1, max: 9000 }),
        fc.constantFrom(...Object.values(CROPS).map((c) => c.aspect)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, h, aspect, fx, fy) => {
          const c = focalCrop(w, h, aspect, { focalX: fx, focalY: fy });
          expect(c.left).toBeGreaterThanOrEqual(0);
          expect(c.top).toBeGreaterThanOrEqual(0);
          expect(c.left + c.width).toBeLessThanOrEqual(w);
          expect(c.top + c.height).toBeLessThanOrEqual(h);
          expect(c.width === w || c.height === h).toBe(true); // as large as the picture allows
          if (c.width >= 10 && c.height >= 10) expect(Math.abs(c.width / c.height - aspect) / aspect).toBeLessThan(0.2);
          // the point itself (to the pixel) is in the frame
          expect(fx * w).toBeGreaterThanOrEqual(c.left - 1);
          expect(fx * w).toBeLessThanOrEqual(c.left + c.width + 1);
          expect(fy * h).toBeGreaterThanOrEqual(c.top - 1);
          expect(fy * h).toBeLessThanOrEqual(c.top + c.height + 1);
        },
      ),
    );
  });

  it("names the point in whole percents for the crop's address", () => {
    expect(focusToken({ focalX: 0.5, focalY: 0.5 })).toBe("50-50");
    expect(focusToken({ focalX: 0.964, focalY: 0.081 })).toBe("96-8");
    expect(focusToken({ focalX: 1.2, focalY: -1 })).toBe("100-0");
  });
});
