/**
 * A signature drawn with a finger, stylus or mouse on the helper's device, handed on as a PNG (data: URL). Pointer
 * events cover touch and mouse alike; "Ký lại" clears it.
 */
import { useEffect, useRef } from 'react';
import { Button } from 'antd';

export function SignaturePad({ onChange }: { onChange: (png: string | undefined) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drawn = useRef(false);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#0b2545';
    const at = (e: PointerEvent) => {
      const r = c.getBoundingClientRect();
      return [
        ((e.clientX - r.left) * c.width) / r.width,
        ((e.clientY - r.top) * c.height) / r.height,
      ] as const;
    };
    const down = (e: PointerEvent) => {
      drawing.current = true;
      c.setPointerCapture(e.pointerId);
      ctx.beginPath();
      ctx.moveTo(...at(e));
    };
    const move = (e: PointerEvent) => {
      if (!drawing.current) return;
      ctx.lineTo(...at(e));
      ctx.stroke();
      drawn.current = true;
    };
    const up = () => {
      if (!drawing.current) return;
      drawing.current = false;
      if (drawn.current) onChange(c.toDataURL('image/png'));
    };
    c.addEventListener('pointerdown', down);
    c.addEventListener('pointermove', move);
    c.addEventListener('pointerup', up);
    c.addEventListener('pointercancel', up);
    return () => {
      c.removeEventListener('pointerdown', down);
      c.removeEventListener('pointermove', move);
      c.removeEventListener('pointerup', up);
      c.removeEventListener('pointercancel', up);
    };
  }, [onChange]);

  const clear = () => {
    const c = canvas.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    drawn.current = false;
    onChange(undefined);
  };

  return (
    <div className="sp-signature">
      <canvas
        ref={canvas}
        width={600}
        height={200}
        className="sp-signature-canvas"
        role="img"
        aria-label="Khung ký tên của người dân"
      />
      <Button onClick={clear}>Ký lại</Button>
    </div>
  );
}
