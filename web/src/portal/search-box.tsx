import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

/** Builds a results URL: /thu-tuc?q=…&linh-vuc=…&trang=… (only the parts that are set). */
export function resultsUrl(params: { q?: string; field?: string; page?: number }): string {
  const p = new URLSearchParams();
  if (params.q) p.set('q', params.q);
  if (params.field) p.set('linh-vuc', params.field);
  if (params.page && params.page > 1) p.set('trang', String(params.page));
  const qs = p.toString();
  return qs ? `/thu-tuc?${qs}` : '/thu-tuc';
}

export function SearchBox(props: {
  initial?: string;
  field?: string;
  variant?: 'hero' | 'plain';
  autoFocus?: boolean;
  label?: string;
}) {
  const [text, setText] = useState(props.initial ?? '');
  // Follow the URL (back/forward) while keeping this input, and the keyboard focus in it, across searches.
  useEffect(() => setText(props.initial ?? ''), [props.initial]);
  const navigate = useNavigate();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void navigate(resultsUrl({ q: text.trim(), field: props.field }));
  };
  return (
    <form role="search" onSubmit={submit} action="/thu-tuc" aria-label="Tìm thủ tục">
      <div className={props.variant === 'plain' ? 'search search-plain' : 'search'}>
        <label htmlFor="q" className="visually-hidden">
          {props.label ?? 'Tên thủ tục hoặc mã thủ tục'}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Ví dụ: đăng ký khai sinh"
          autoComplete="off"
          enterKeyHint="search"
          autoFocus={props.autoFocus}
        />
        <button type="submit" className="btn btn-primary">
          Tìm kiếm
        </button>
      </div>
    </form>
  );
}
