/**
 * /quan-tri/thu-tuc: the procedure catalogue administration (permission catalogue.manage).
 *   /quan-tri/thu-tuc                        the list (search, filter by field and level)
 *   /quan-tri/thu-tuc/them                   a new procedure
 *   /quan-tri/thu-tuc/nhap                   import a catalogue file (dry run first) and export
 *   /quan-tri/thu-tuc/:code                  edit: saving makes a new version
 *   /quan-tri/thu-tuc/:code/phien-ban[/:no]  its versions, and one old version read-only with what changed
 * "them" and "nhap" are not national procedure codes (those contain a dot).
 */
import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import './catalogue.css';
import './catalogue-form.css';

const ProcedureList = lazy(() => import('./procedure-list.js'));
const ProcedureEdit = lazy(() => import('./procedure-edit.js'));
const ImportPage = lazy(() => import('./import-page.js'));

export default function CataloguePage() {
  return (
    <Routes>
      <Route index element={<ProcedureList />} />
      <Route path="them" element={<ProcedureEdit />} />
      <Route path="nhap" element={<ImportPage />} />
      <Route path=":code/*" element={<ProcedureEdit />} />
    </Routes>
  );
}
