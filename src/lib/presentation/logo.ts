/** The header draws the logo at this height, in CSS pixels. */
export const LOGO_HEIGHT = 32;

/**
 * The width the logo takes at `LOGO_HEIGHT`, from its intrinsic size, so the browser
 * reserves its space before the image arrives; null when the size is unknown.
 */
export function logoWidth(size: { width?: number | undefined; height?: number | undefined } | null): number | null {
  if (!size?.width || !size.height) return null;
  return Math.round((LOGO_HEIGHT * size.width) / size.height);
}
