/**
 * The national-identity sign-in on the sign-in page: the VNeID button when the server offers it
 * (GET /api/citizen/auth/methods), and, back from a sign-in that failed (?loi=…), what went wrong. The button is a
 * plain link: the browser goes to the identity provider and comes back through the server.
 */
import { useQuery } from '@tanstack/react-query';
import { CITIZEN_OIDC_START, citizenApi } from '../../../src/contracts/citizen-api.js';
import { nationalIdErrorMessage } from '../../../src/domain/citizen/national-id.js';
import { call } from '../shared/client.js';
import './national-id.css';

export function NationalIdLogin({ next, error }: { next: string | null; error: string | null }) {
  const methods = useQuery({
    queryKey: ['citizen-auth-methods'],
    queryFn: () => call(citizenApi.authMethods),
    staleTime: 10 * 60_000,
    retry: false,
  });
  const message = nationalIdErrorMessage(error);
  const href = CITIZEN_OIDC_START + (next ? `?next=${encodeURIComponent(next)}` : '');
  if (!message && !methods.data?.nationalId) return null;
  return (
    <div className="citizen-national-id">
      {message && (
        <div className="card track-alert" role="alert">
          {message}
        </div>
      )}
      {methods.data?.nationalId && (
        <>
          <a className="btn btn-primary" href={href}>
            Đăng nhập bằng tài khoản định danh điện tử (VNeID)
          </a>
          <p className="muted">
            Dùng tài khoản định danh điện tử mức 2 của bạn; họ tên và số định danh cá nhân được lấy từ tài
            khoản, không cần nhập.
          </p>
          <p className="citizen-or" aria-hidden="true">
            hoặc
          </p>
        </>
      )}
    </div>
  );
}
