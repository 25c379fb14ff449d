import { Route, Routes } from 'react-router';

export default function AdminArea() {
  return (
    <Routes>
      <Route
        path="*"
        element={
          <main>
            <h1>Quản trị</h1>
          </main>
        }
      />
    </Routes>
  );
}
