import { Typography } from 'antd';

/** Placeholder while the page is being built. */
export default function Page() {
  return <Typography.Title level={1}>Hồ sơ</Typography.Title>;
}
