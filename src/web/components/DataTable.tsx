import type { Key, ReactNode } from 'react';

export interface DataColumn<Row> {
  /** The heading, already translated; also each cell's label when rows become cards on a phone. */
  heading: string;
  cell: (row: Row) => ReactNode;
}

interface DataTableProps<Row> {
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** data- attributes for a row's <tr>, e.g. to find it again in a test. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
}

/** A real table when there is room; on a phone each row becomes a card of label-value lines (tables.css). */
export function DataTable<Row>({ columns, rows, rowKey, rowData }: DataTableProps<Row>) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.heading} scope="col">
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowData?.(row)}>
            {columns.map((column) => (
              <td key={column.heading} data-label={column.heading}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
