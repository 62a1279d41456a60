// Each step of the scan, live, with its duration: the packer sees where the order is and where it stopped.
import { useTranslation } from 'react-i18next';
import type { FlowStep } from '../../../shared/errors';
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

export function StepList({ steps }: { steps: Partial<Record<FlowStep, StepView>> }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <ol className="steps" aria-label={t('pack.stepsTitle')}>
      {FLOW_STEPS.map((step) => {
        const view = steps[step];
        const state = view?.state ?? 'waiting';
        return (
          <li key={step} className={`step step-${state}`} data-step={step} data-state={state}>
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
      })}
    </ol>
  );
}
