/** Every draft of the evaluation corpus (../shared/eval/corpus), through the engine and the server. */
import { corpusDocuments } from './documents';
import { sweep } from './sweep';

sweep('evaluation corpus', corpusDocuments);
