import { t } from '@lingui/core/macro';
import { useNavigate } from '../lib/router.tsx';
import { placePath } from '../lib/paths.ts';
import { useAppStore } from '../store/app-store.ts';
import { ConfirmButton } from '../components/confirm-button.tsx';

/** Clears the answers, after asking, and starts the full quiz again. */
export function RestartButton({ label, question }: { label: string; question: string }) {
  const retake = useAppStore((state) => state.retake);
  const navigate = useNavigate();
  return (
    <ConfirmButton
      label={label}
      question={question}
      confirmLabel={t`Yes, clear my answers`}
      cancelLabel={t`Keep my answers`}
      onConfirm={() => {
        void navigate(placePath(retake()));
      }}
    />
  );
}
