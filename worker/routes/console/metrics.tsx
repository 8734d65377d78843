/** GET `/metrics`: first-response times per tier against their promise. */
import { createRouter } from '../../app.ts';
import { MetricsPage } from '../../pages/console/metrics-page.tsx';
import { consolePaths, inOtherLanguage } from '../../pages/console/paths.ts';
import { htmlDocument } from '../../pages/shell.tsx';
import type { Language } from '../../schemas/requests.ts';
import { firstResponseMetrics } from '../../services/sla.ts';

export function metricsRoutes(language: Language) {
  return createRouter().get('/metrics', async (c) => {
    const page = (
      <MetricsPage
        language={language}
        reviewer={c.get('reviewer').email}
        csrfToken={c.get('csrfToken')}
        alternate={inOtherLanguage(consolePaths(language).metrics, language)}
        metrics={await firstResponseMetrics(c.get('deps'))}
      />
    );
    return c.html(await htmlDocument(page));
  });
}
