// From an order's detail: its packing videos on the find screen.
import { useTranslation } from 'react-i18next';
import { appActions } from '../app/app-store';
import { videoActions } from './video-store';

export function ShowVideosButton({ orderCode }: { orderCode: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      data-testid="show-videos"
      onClick={() => {
        videoActions.setQuery(orderCode);
        appActions.show('clips');
      }}
    >
      {t('video.showVideos')}
    </button>
  );
}
