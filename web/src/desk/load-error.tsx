/** A desk list that did not load: its title and the server's reason, announced to screen readers. */
import { Alert } from 'antd';

export function LoadError({ query, title }: { query: { error: Error | null }; title: string }) {
  if (!query.error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={query.error.message}
      className="staff-banner"
    />
  );
}
