/** Whether the console is receiving live updates. */
import { Tag } from 'antd';
import type { LiveState } from './live.js';

export function LiveTag({ state }: { state: LiveState }) {
  if (state === 'open') return <Tag className="tag-ok">Đang kết nối trực tiếp</Tag>;
  return (
    <Tag className="tag-bad" role="status">
      {state === 'connecting' ? 'Đang kết nối…' : 'Mất kết nối, đang thử lại…'}
    </Tag>
  );
}
