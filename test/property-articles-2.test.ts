// The second of the four shards of the generated-article property test (test/property-articles.ts).
import { articlesTest } from './property-articles';

articlesTest(1);
