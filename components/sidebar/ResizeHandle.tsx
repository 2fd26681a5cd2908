import { useRef } from 'preact/hooks';
import { MAX_WIDTH, MIN_WIDTH, clampWidth } from '../../utils/page/preferences';

/** The drag handle on the sidebar's edge; arrow keys resize too. */
export function ResizeHandle({ width, onResize, onCommit }: { width: number; onResize: (w: number) => void; onCommit: (w: number) => void }) {
  const dragging = useRef(false);
  return (
    <div
      class="sc-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the sidebar"
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      aria-valuenow={width}
      tabIndex={0}
      data-testid="resize-handle"
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (dragging.current) onResize(clampWidth(window.innerWidth - e.clientX));
      }}
      onPointerUp={(e) => {
        if (!dragging.current) return;
        dragging.current = false;
        onCommit(clampWidth(window.innerWidth - e.clientX));
      }}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 80 : 24;
        const next =
          e.key === 'ArrowLeft' ? width + step : e.key === 'ArrowRight' ? width - step : e.key === 'Home' ? MIN_WIDTH : e.key === 'End' ? MAX_WIDTH : null;
        if (next === null) return;
        e.preventDefault();
        onCommit(clampWidth(next));
      }}
    />
  );
}
