import { Route, Routes } from 'react-router';

export default function PortalArea() {
  return (
    <Routes>
      <Route
        path="*"
        element={
          <main>
            <h1>Một cửa điện tử</h1>
          </main>
        }
      />
    </Routes>
  );
}
