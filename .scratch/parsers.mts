import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
for (const [name, base] of [['fr', chronoFr.createCasualConfiguration(true)], ['en', chronoEn.configuration.createCasualConfiguration(false)]] as const) {
  console.log(name, 'parsers:', base.parsers.map((p) => p.constructor.name).join(', '));
  console.log(name, 'refiners:', base.refiners.map((p) => p.constructor.name).join(', '));
}
