/**
 * The citizen's own pages (/cong-dan/…), inside the portal's frame: sign-in by a code sent to the phone, and
 * "Hồ sơ của tôi" with one page per dossier. Plain React and CSS like the portal, so they stay light on a phone.
 */
import { Route, Routes } from 'react-router';
import '../portal/portal.css';
import '../portal/tracking.css';
import './citizen.css';
import { PortalLayout } from '../portal/layout.js';
import { NotFound } from '../portal/not-found-page.js';
import { LoginPage } from './login-page.js';
import { MyDossiersPage } from './my-dossiers-page.js';
import { CitizenDossierPage } from './dossier-page.js';

export default function CitizenArea() {
  return (
    <PortalLayout>
      <Routes>
        <Route path="dang-nhap" element={<LoginPage />} />
        <Route path="ho-so" element={<MyDossiersPage />} />
        <Route path="ho-so/:code" element={<CitizenDossierPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </PortalLayout>
  );
}
