import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import type { Evaluation } from '../engine/index.ts';
import { translate } from '../lib/translate.ts';
import { cardDescription, cardSize, resultCardSvg, svgDataUrl } from './result-card-svg.ts';
import './result-card.css';
import { saveFile } from './save-file.ts';

const fileName = 'which-tpm-result.png';

/** Draws the card's SVG on a canvas and returns it as a PNG. */
async function renderPng(svg: string): Promise<Blob> {
  const image = new Image(cardSize.width, cardSize.height);
  image.src = svgDataUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = cardSize.width;
  canvas.height = cardSize.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images.');
  context.drawImage(image, 0, 0, cardSize.width, cardSize.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('This browser could not make the image.'))),
      'image/png',
    );
  });
}

/** True where the browser can pass an image file to the system share sheet. */
function canShareFiles(): boolean {
  if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File([''], fileName, { type: 'image/png' })] });
  } catch {
    return false;
  }
}

/** Where the quiz lives, for the foot of the card. */
function siteAddress(): string {
  return `${window.location.host}${import.meta.env.BASE_URL}`.replace(/\/$/, '');
}

/**
 * The result as a picture to keep or post: a preview, "Download the card image", and "Share the card"
 * where the browser can share files. Made in this browser; nothing is sent anywhere.
 */
export function ResultCard({ evaluation }: { evaluation: Evaluation }) {
  const svg = useMemo(() => resultCardSvg(evaluation, siteAddress()), [evaluation]);
  const [status, setStatus] = useState('');
  const [shareable] = useState(canShareFiles);

  const download = async () => {
    try {
      saveFile(fileName, await renderPng(svg));
      setStatus(t`The card image is saved to your downloads.`);
    } catch {
      setStatus(t`This browser could not make the image. Copy the link below instead.`);
    }
  };

  const share = async () => {
    try {
      const file = new File([await renderPng(svg)], fileName, { type: 'image/png' });
      await navigator.share({
        files: [file],
        title: t`My Which TPM? result`,
        text: translate(evaluation.summary),
      });
    } catch (error) {
      // Closing the share sheet is not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        setStatus(t`Sharing the image did not work here. Download it, or copy the link below.`);
      }
    }
  };

  return (
    <div className="result-card">
      <img
        className="card-preview"
        src={svgDataUrl(svg)}
        width={cardSize.width}
        height={cardSize.height}
        alt={cardDescription(evaluation)}
      />
      <div className="card-actions">
        <p className="card-label">
          <Trans>A picture of your result, to keep or post.</Trans>
        </p>
        <div className="actions">
          <button type="button" className="button" onClick={() => void download()}>
            <Trans>Download the card image</Trans>
          </button>
          {shareable ? (
            <button type="button" className="button" onClick={() => void share()}>
              <Trans>Share the card</Trans>
            </button>
          ) : null}
        </div>
        <p role="status" className="status">
          {status}
        </p>
      </div>
    </div>
  );
}
