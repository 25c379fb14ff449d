import { Link } from 'react-router';
import { PageTitle } from './layout.js';
import { SearchBox } from './search-box.js';

/** A friendly not-found page: for an unknown procedure code, or any unknown address. */
export function NotFound({ code }: { code?: string }) {
  return (
    <div className="wrap">
      <PageTitle>{code ? `Không tìm thấy thủ tục ${code}` : 'Không tìm thấy trang'}</PageTitle>
      <div className="card empty">
        <h1>{code ? `Không tìm thấy thủ tục mã ${code}` : 'Không tìm thấy trang bạn cần'}</h1>
        <p>
          {code
            ? 'Thủ tục có thể đã được thay thế hoặc mã chưa đúng. Bạn thử tìm theo tên thủ tục nhé.'
            : 'Địa chỉ có thể đã thay đổi. Bạn thử tìm thủ tục theo tên nhé.'}
        </p>
        <div style={{ maxWidth: 560, margin: '16px auto' }}>
          <SearchBox variant="plain" />
        </div>
        <p>
          <Link to="/">Về trang chủ</Link>
        </p>
      </div>
    </div>
  );
}
