/**
 * The citizen's own pages (/cong-dan/…), inside the portal's frame: sign-in by a code sent to the phone, and
 * "Hồ sơ của tôi" with one page per dossier, online submission (/cong-dan/nop/:procedureCode) and "Giấy tờ của
 * tôi". Plain React and CSS like the portal, so they stay light on a phone.
 */
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import '../portal/portal.css';
import '../portal/tracking.css';
import './citizen.css';
import { PortalLayout } from '../portal/layout.js';
import { NotFound } from '../portal/not-found-page.js';
import { LoginPage } from './login-page.js';
import { MyDossiersPage } from './my-dossiers-page.js';
import { DocumentsPage } from './documents-page.js';
import { WizardPage } from './submit/wizard-page.js';
import { CitizenDossierPage } from './dossier-page.js';
import { PaymentReturnPage } from './payment.js';

/** Kiosk mode for a service point's self-service terminal (kiosk.tsx), in a frame of its own. */
const KioskArea = lazy(() => import('./kiosk.js'));

function OwnPages() {
  return (
    <PortalLayout>
      <Routes>
        <Route path="dang-nhap" element={<LoginPage />} />
        <Route path="ho-so" element={<MyDossiersPage />} />
        <Route path="giay-to" element={<DocumentsPage />} />
        <Route path="nop/:procedureCode" element={<WizardPage />} />
        <Route path="ho-so/:code" element={<CitizenDossierPage />} />
        <Route path="thanh-toan/ket-qua" element={<PaymentReturnPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </PortalLayout>
  );
}

export default function CitizenArea() {
  return (
    <Routes>
      <Route path="kiosk/*" element={<KioskArea />} />
      <Route path="*" element={<OwnPages />} />
    </Routes>
  );
}
