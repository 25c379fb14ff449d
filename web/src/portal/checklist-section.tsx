/**
 * "Giấy tờ cần mang theo": the documents to submit and to present, with counts in words and form names, grouped
 * by case when the procedure has cases (a case picker narrows the list to one case).
 */
import type { RequiredDocument } from '../../../src/domain/catalogue/record.js';
import {
  checklistGroups,
  countsInWords,
  documentKindNames,
  type ChecklistGroup,
} from '../../../src/domain/checklist/checklist.js';
import type { ProcedureDetail } from '../shared/catalogue.js';

function DocumentItem({ doc, showCase }: { doc: RequiredDocument; showCase: boolean }) {
  return (
    <li className="doc">
      <div>
        <div className="doc-name">
          {doc.name}
          {showCase && doc.case && <span className="doc-case">Riêng trường hợp này</span>}
        </div>
        <span className="doc-counts">{countsInWords(doc)}</span>
        {doc.form && (
          <p className="doc-form">
            Mẫu đơn, tờ khai:{' '}
            {doc.form.url ? (
              <a href={doc.form.url} target="_blank" rel="noreferrer">
                {doc.form.name}
              </a>
            ) : (
              doc.form.name
            )}
          </p>
        )}
        {doc.note && <p className="doc-note">{doc.note}</p>}
      </div>
    </li>
  );
}

function KindList(props: {
  kind: RequiredDocument['kind'];
  docs: RequiredDocument[];
  level: 'h3' | 'h4';
  showCase: boolean;
}) {
  if (props.docs.length === 0) return null;
  const Heading = props.level;
  return (
    <div className="doc-group">
      <Heading>
        {documentKindNames[props.kind]} ({props.docs.length})
      </Heading>
      <ol className="doc-list">
        {props.docs.map((d, i) => (
          <DocumentItem key={`${d.name}-${i}`} doc={d} showCase={props.showCase} />
        ))}
      </ol>
    </div>
  );
}

function Group({ group, nested, showCase }: { group: ChecklistGroup; nested: boolean; showCase: boolean }) {
  const level = nested ? 'h4' : 'h3';
  const empty = group.submit.length + group.present.length === 0;
  return (
    <>
      {nested && (
        <h3 className="case-title">
          {group.case === undefined ? 'Giấy tờ chung cho mọi trường hợp' : `Trường hợp: ${group.case}`}
        </h3>
      )}
      {empty && <p className="muted">Không cần giấy tờ riêng.</p>}
      <KindList kind="submit" docs={group.submit} level={level} showCase={showCase} />
      <KindList kind="present" docs={group.present} level={level} showCase={showCase} />
    </>
  );
}

export function ChecklistSection(props: {
  procedure: ProcedureDetail;
  caseName: string | undefined;
  onCaseChange: (caseName: string | undefined) => void;
}) {
  const { procedure } = props;
  const groups = checklistGroups(procedure, props.caseName);
  const nested = groups.length > 1;
  return (
    <section className="card checklist-card" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Giấy tờ cần mang theo</h2>
      {procedure.cases.length > 0 && (
        <fieldset className="case-picker">
          <legend>Trường hợp của bạn</legend>
          <div className="case-options">
            <label className="case-option">
              <input
                type="radio"
                name="case"
                value=""
                checked={props.caseName === undefined}
                onChange={() => props.onCaseChange(undefined)}
              />
              <span>Xem tất cả trường hợp</span>
            </label>
            {procedure.cases.map((c) => (
              <label className="case-option" key={c}>
                <input
                  type="radio"
                  name="case"
                  value={c}
                  checked={props.caseName === c}
                  onChange={() => props.onCaseChange(c)}
                />
                <span>{c}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {procedure.documents.length === 0 ? (
        <p className="muted">Thủ tục này không yêu cầu giấy tờ.</p>
      ) : (
        groups.map((g) => (
          <Group key={g.case ?? ''} group={g} nested={nested} showCase={props.caseName !== undefined} />
        ))
      )}
    </section>
  );
}
