import { useForm, type UseFormInput, type UseFormReturnType } from '@mantine/form';
import type { MutateOptions, UseMutationResult } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { FieldErrors } from '@shared/errors';
import { zodIssuesToFields } from '@shared/validation';
import { ApiError } from './api';
import { fieldErrorText } from './errors';

/**
 * useForm whose errors are message keys (the contract's, e.g. "phone_format"), translated only
 * when shown: switching language re-translates errors already on screen.
 */
export function useAppForm<Values extends Record<string, unknown>>(
  input: UseFormInput<Values>,
): UseFormReturnType<Values> {
  const { t } = useTranslation();
  return useForm<Values>({
    mode: 'controlled',
    ...input,
    enhanceGetInputProps: ({ inputProps }) => ({ error: fieldErrorText(t, inputProps.error) }),
  });
}

/**
 * The contract's own schema run in the renderer: the same message keys main would answer with,
 * without the round trip. The parsed value is what gets sent (main parses it again, unchanged).
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  candidate: unknown,
): { ok: true; data: z.output<Schema> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(candidate);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, errors: zodIssuesToFields(result.error.issues) };
}

/** Puts an envelope's field errors next to their inputs; true when at least one landed on a field. */
export function showServerFieldErrors<Values>(form: UseFormReturnType<Values>, error: unknown): boolean {
  if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) return false;
  form.setErrors(error.fields);
  return true;
}

/**
 * mutate() that ignores a second call while the first runs: isPending reaches the button only
 * after a render, and a double Enter can arrive before that.
 */
export function useSingleFlight<Data, Variables>(mutation: UseMutationResult<Data, Error, Variables>) {
  const inFlight = useRef(false);
  const { mutate } = mutation;
  return useCallback(
    (variables: Variables, options?: MutateOptions<Data, Error, Variables>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      mutate(variables, {
        ...options,
        onSettled: (...args) => {
          inFlight.current = false;
          options?.onSettled?.(...args);
        },
      });
    },
    [mutate],
  );
}
