/** The heading row of a desk page about one day: the title, the day to show, and a reload button. */
import { Button, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { DayInput } from '../shared/day-input.js';

export function DayPageHead(props: {
  title: string;
  /** yyyy-mm-dd */
  date: string;
  onDate: (date: string) => void;
  /** The page's query: reloaded by the button, which spins while it fetches. */
  query: { refetch: () => unknown; isFetching: boolean };
}) {
  return (
    <div className="staff-page-head">
      <Typography.Title level={1}>{props.title}</Typography.Title>
      <div className="desk-head-actions">
        <label className="desk-nowrap">
          Ngày <DayInput value={props.date} max="2100-12-31" onChange={props.onDate} />
        </label>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => void props.query.refetch()}
          loading={props.query.isFetching}
        >
          Tải lại
        </Button>
      </div>
    </div>
  );
}
