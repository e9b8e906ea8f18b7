import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { fieldErrors } from './problem-text';

interface CheckedDraftOptions<View, Draft, Body, Problem> {
  initial: View;
  draftOf: (view: View) => Draft;
  /** The body to send, or null with the problems that keep it from being sent (by field path). */
  readDraft: (draft: Draft) => { body: Body | null; problems: Record<string, Problem> };
  update: UseMutationResult<View, Error, Body>;
  /** A problem the form found, in words. */
  describe: (problem: Problem) => string;
}

/**
 * A settings form whose boxes are checked before sending: the draft, its problems (the form's own, else the
 * server's for that field path), whether it was saved, and the submit. Each refused submit moves focus to the first
 * box with a problem, so its message is read out.
 */
export function useCheckedDraft<View, Draft, Body, Problem>(options: CheckedDraftOptions<View, Draft, Body, Problem>) {
  const { update, readDraft, draftOf, describe } = options;
  const [draft, setDraft] = useState<Draft>(() => draftOf(options.initial));
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [saved, setSaved] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (refusals > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);
  const serverErrors = fieldErrors(update.error);

  const errorOf = (path: string): string | undefined => {
    const problem = problems[path];
    return problem ? describe(problem) : serverErrors[path];
  };
  const edit = (next: Draft) => {
    setDraft(next);
    setSaved(false);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft);
    setProblems(read.problems);
    setSaved(false);
    if (read.body === null) {
      setRefusals((n) => n + 1);
      return;
    }
    update.mutate(read.body, {
      onSuccess: (next) => {
        setDraft(draftOf(next));
        setSaved(true);
      },
      onError: () => setRefusals((n) => n + 1),
    });
  };
  return { draft, edit, problems, saved, errorOf, onSubmit, form };
}
