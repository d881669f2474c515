import { act, fireEvent, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLayoutHistory, type EditorDraft } from './useLayoutHistory';
import { twoRowLayout } from './testing/build-layout';

const start: EditorDraft = {
  layout: twoRowLayout(),
  title: 'Sales',
  metadata: {},
  css: '',
  properties: { slug: '', owners: [], roles: [], certifiedBy: '', certificationDetails: '' },
};

describe('useLayoutHistory', () => {
  it('undoes and redoes changes, and knows when the draft is back where it started', () => {
    const { result } = renderHook(() => useLayoutHistory(start));
    expect(result.current).toMatchObject({ canUndo: false, canRedo: false, isDirty: false });

    act(() => result.current.apply({ ...start, title: 'Sales 2' }));
    act(() => result.current.apply({ ...result.current.draft, css: 'h1 {}' }));
    expect(result.current.draft).toMatchObject({ title: 'Sales 2', css: 'h1 {}' });

    act(() => result.current.undo());
    expect(result.current.draft).toMatchObject({ title: 'Sales 2', css: '' });
    act(() => result.current.undo());
    expect(result.current).toMatchObject({
      draft: start,
      isDirty: false,
      canUndo: false,
      canRedo: true,
    });

    act(() => result.current.redo());
    expect(result.current.draft.title).toBe('Sales 2');
    expect(result.current.isDirty).toBe(true);
  });

  it('forgets the undone steps once a new change is made', () => {
    const { result } = renderHook(() => useLayoutHistory(start));
    act(() => result.current.apply({ ...start, title: 'A' }));
    act(() => result.current.undo());
    act(() => result.current.apply({ ...start, title: 'B' }));
    expect(result.current.canRedo).toBe(false);
  });

  it('answers Ctrl+Z and Ctrl+Shift+Z, but not inside a text field', () => {
    const { result } = renderHook(() => useLayoutHistory(start));
    act(() => result.current.apply({ ...start, title: 'A' }));

    const input = document.createElement('input');
    document.body.append(input);
    fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(result.current.draft.title).toBe('A');

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(result.current.draft.title).toBe('Sales');
    fireEvent.keyDown(document.body, { key: 'Z', metaKey: true, shiftKey: true });
    expect(result.current.draft.title).toBe('A');
    input.remove();
  });
});
