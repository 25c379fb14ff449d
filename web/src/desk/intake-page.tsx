import { Typography } from 'antd';

/** Placeholder while the page is being built. */
export default function Page() {
  return <Typography.Title level={1}>Tiếp nhận hồ sơ</Typography.Title>;
}
