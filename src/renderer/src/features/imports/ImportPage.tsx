import { Paper, Stack, Stepper } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFile, ImportPreview, ImportResult } from '@shared/contract/imports';
import { PageHeader } from '../../components/PageHeader';
import { isApiError } from '../../lib/api';
import { useSingleFlight } from '../../lib/forms';
import { FileStep } from './FileStep';
import { type ColumnMapping, MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { discardImport, useCommitImport, usePreviewImport } from './queries';
import { ResultStep } from './ResultStep';

type Step =
  | { kind: 'file' }
  | { kind: 'map' }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'done'; result: ImportResult };

// 'done' is past the last step, so the stepper shows every step as completed.
const STEP_INDEX: Record<Step['kind'], number> = { file: 0, map: 1, preview: 2, done: 4 };

/**
 * Impor Peserta: choose a file, match its columns to the enrolment form's fields, check every
 * row, import. Main holds the file between steps; this screen holds only the clerk's choices.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'file' });
  const [file, setFile] = useState<ImportFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [merge, setMerge] = useState(false);
  const preview = usePreviewImport();
  const commit = useCommitImport();
  const commitOnce = useSingleFlight(commit);

  // A file left unimported when the clerk walks away is dropped in main too.
  const openImportId = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (openImportId.current) discardImport(openImportId.current);
    },
    [],
  );

  const onOpened = (opened: ImportFile) => {
    if (openImportId.current) discardImport(openImportId.current);
    openImportId.current = opened.importId;
    setFile(opened);
    setMapping(opened.suggestedMapping);
    preview.reset();
    commit.reset();
  };

  const restart = () => {
    setFile(null);
    setMapping({});
    setMerge(false);
    preview.reset();
    commit.reset();
    setStep({ kind: 'file' });
  };

  const mappingErrors = isApiError(preview.error, 'VALIDATION') ? preview.error.fields : {};

  return (
    <Stack gap="md">
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <Stepper
        active={STEP_INDEX[step.kind]}
        size="sm"
        allowNextStepsSelect={false}
        onStepClick={(index) => {
          // Going back is always safe before the import; after it there is nothing to go back to.
          if (step.kind !== 'done' && index < STEP_INDEX[step.kind])
            setStep(index === 0 ? { kind: 'file' } : { kind: 'map' });
        }}
      >
        <Stepper.Step label={t('imports.step.file')} />
        <Stepper.Step label={t('imports.step.map')} />
        <Stepper.Step label={t('imports.step.preview')} />
        <Stepper.Step label={t('imports.step.done')} />
      </Stepper>
      <Paper withBorder radius="lg" p="xl">
        {step.kind === 'file' ? (
          <FileStep file={file} onOpened={onOpened} onNext={() => setStep({ kind: 'map' })} />
        ) : null}
        {step.kind === 'map' && file ? (
          <MappingStep
            file={file}
            mapping={mapping}
            onMappingChange={(next) => {
              setMapping(next);
              preview.reset();
            }}
            merge={merge}
            onMergeChange={setMerge}
            errors={mappingErrors}
            error={preview.error}
            pending={preview.isPending}
            onBack={() => setStep({ kind: 'file' })}
            onNext={() =>
              preview.mutate(
                { importId: file.importId, mapping, merge },
                { onSuccess: (checked) => setStep({ kind: 'preview', preview: checked }) },
              )
            }
          />
        ) : null}
        {step.kind === 'preview' && file ? (
          <PreviewStep
            preview={step.preview}
            error={commit.error}
            pending={commit.isPending}
            onBack={() => setStep({ kind: 'map' })}
            onImport={() =>
              commitOnce(
                { importId: file.importId, mapping, merge },
                {
                  onSuccess: (result) => {
                    // Main has forgotten the file: nothing to discard any more.
                    openImportId.current = null;
                    setFile(null);
                    setStep({ kind: 'done', result });
                  },
                },
              )
            }
          />
        ) : null}
        {step.kind === 'done' ? <ResultStep result={step.result} onAgain={restart} /> : null}
      </Paper>
    </Stack>
  );
}
