import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

/** A cell of a keyboard grid, counted from the top left. */
export interface GridPosition {
  row: number;
  col: number;
}

export type GridMove = 'up' | 'down' | 'left' | 'right' | 'rowStart' | 'rowEnd' | 'top' | 'bottom';

const KEY_MOVES: Record<string, GridMove> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'rowStart',
  End: 'rowEnd',
  PageUp: 'top',
  PageDown: 'bottom',
};

/** The move a navigation key asks for; null for any other key (marks, Tab, ...). */
export function keyToMove(key: string): GridMove | null {
  return KEY_MOVES[key] ?? null;
}

/** Where a move lands: clamped at the edges, since wrapping to the next row surprises a clerk typing fast. */
export function moveInGrid(from: GridPosition, move: GridMove, rows: number, cols: number): GridPosition {
  const clamp = (value: number, size: number) => Math.max(0, Math.min(value, size - 1));
  const next = { ...from };
  if (move === 'up') next.row -= 1;
  if (move === 'down') next.row += 1;
  if (move === 'left') next.col -= 1;
  if (move === 'right') next.col += 1;
  if (move === 'rowStart') next.col = 0;
  if (move === 'rowEnd') next.col = cols - 1;
  if (move === 'top') next.row = 0;
  if (move === 'bottom') next.row = rows - 1;
  return { row: clamp(next.row, rows), col: clamp(next.col, cols) };
}

const cellKey = (row: number, col: number) => `${row}:${col}`;

/**
 * A roving tabindex over a rows x cols grid: Tab enters the grid at the cell last used and leaves
 * it at once; arrows, Home/End and PageUp/PageDown move between cells. `initial` is where Tab
 * first lands (e.g. the first column still to fill).
 */
export function useRovingGrid(rows: number, cols: number, initial: GridPosition = { row: 0, col: 0 }) {
  const [active, setActive] = useState<GridPosition>(initial);
  const cells = useRef(new Map<string, HTMLElement>());
  // The grid can shrink (another week, a trainee less): the tab stop stays on a real cell.
  const tabStop = {
    row: Math.max(0, Math.min(active.row, rows - 1)),
    col: Math.max(0, Math.min(active.col, cols - 1)),
  };

  const focusCell = useCallback((position: GridPosition) => {
    setActive(position);
    cells.current.get(cellKey(position.row, position.col))?.focus();
  }, []);

  const move = useCallback(
    (from: GridPosition, direction: GridMove) => focusCell(moveInGrid(from, direction, rows, cols)),
    [focusCell, rows, cols],
  );

  /** Handles a navigation key on a cell; true when it did (the caller then ignores the key). */
  const navigate = useCallback(
    (event: KeyboardEvent, from: GridPosition): boolean => {
      if (event.altKey || event.ctrlKey || event.metaKey) return false;
      const direction = keyToMove(event.key);
      if (!direction) return false;
      event.preventDefault();
      move(from, direction);
      return true;
    },
    [move],
  );

  const cellProps = (row: number, col: number) => ({
    tabIndex: row === tabStop.row && col === tabStop.col ? 0 : -1,
    ref: (element: HTMLElement | null) => {
      if (element) cells.current.set(cellKey(row, col), element);
      else cells.current.delete(cellKey(row, col));
    },
    onFocus: () => setActive({ row, col }),
  });

  return { cellProps, navigate, move };
}
