import type { ReactNode } from 'react';

type Props = {
  columns: ReactNode[];
  caption?: ReactNode;
  testId?: string;
  className?: string;
  labelledBy?: string; // the id of a heading outside the table that names it
  children: ReactNode;
};

// A table of figures as every page shows one: scrolling sideways on a narrow screen, a caption
// when given, a header row of column headings, and the caller's rows.
export function DataTable({ columns, caption, testId, className, labelledBy, children }: Props) {
  return (
    <div className="table-scroll">
      <table
        className={className ? `data-table ${className}` : 'data-table'}
        data-testid={testId}
        aria-labelledby={labelledBy}
      >
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
