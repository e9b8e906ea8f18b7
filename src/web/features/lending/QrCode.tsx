import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * A QR code drawn in the browser as SVG squares (uqr encodes, React draws: no HTML string is injected). Medium error
 * correction survives a scuffed label on a cylinder.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const data = useMemo(() => encode(text, { ecc: 'M', border: 2 }).data, [text]);
  const size = data.length;
  const path = useMemo(
    () =>
      data
        .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : '')))
        .filter(Boolean)
        .join(''),
    [data],
  );
  return (
    <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
