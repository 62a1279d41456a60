// Each step of the scan, live, with its duration: the packer sees where the order is and where it stopped.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowStep } from '../../../shared/errors';
import { useCurrentSteps } from './flow-selectors';
import type { StepView } from './flow-store';

export const FLOW_STEPS: FlowStep[] = [
  'resolve',
  'set_process',
  'verify',
  'set_packed',
  'label',
  'print',
  'mark_printed',
  'ship',
];

const ICON: Record<StepView['state'], string> = {
  running: '…',
  queued: '⇪',
  done: '✓',
  failed: '✕',
  skipped: '–',
};

/** One row; memoised, so a step event re-renders only the row whose step changed. */
const StepRow = memo(function StepRow({
  step,
  view,
}: {
  step: FlowStep;
  view: StepView | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  const state = view?.state ?? 'waiting';
  return (
    <li className={`step step-${state}`} data-step={step} data-state={state}>
      <span className="step-icon" aria-hidden="true">
        {view ? ICON[view.state] : '○'}
      </span>
      <span className="step-name">{t(`steps.${step}`)}</span>
      <span className="step-state">{t(`stepState.${state}`)}</span>
      <span className="step-time">
        {view?.durationMs !== undefined ? `${Math.round(view.durationMs)} ms` : ''}
      </span>
      {view?.error?.kind === 'bad_response' && view.state !== 'done' && (
        <span className="step-note" data-testid="step-unreadable">
          {t('unreadable.stepNote', { requestId: view.error.requestId ?? '–' })}
        </span>
      )}
    </li>
  );
});

/** The steps of the order in hand (read from the store's slice, not passed down from the screen). */
export const StepList = memo(function StepList(): React.JSX.Element | null {
  const { t } = useTranslation();
  const steps = useCurrentSteps();
  if (!steps) return null;
  return (
    <ol className="steps" aria-label={t('pack.stepsTitle')}>
      {FLOW_STEPS.map((step) => (
        <StepRow key={step} step={step} view={steps[step]} />
      ))}
    </ol>
  );
});
