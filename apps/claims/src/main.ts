import { loadConfig } from '@jaring/config';
import { runService } from '@jaring/platform';
import { ClaimsConfig } from './claims.config';
import { ClaimsModule } from './claims.module';

void runService(() => {
  const config = loadConfig(ClaimsConfig);
  return { module: ClaimsModule.forRoot(config), config };
}, {
  service: 'claims',
  title: 'Jaring claims',
  description: 'JKK and JKM claims from report to payout, to the worker or the right heir, exactly once.',
});
