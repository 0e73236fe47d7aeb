/**
 * The library entry: importing this module defines every `cnn-*` element, so one
 * `<script type="module" src="convlab.js">` (dist/lib, built from here by
 * `npm run build`) makes all of them usable in any HTML page or slide deck.
 *
 * One side-effect import per element module; add a line when an element lands
 * (the e2e test checks that every tag in custom-elements.json gets defined).
 */
import './cnn-confusion-matrix';
import './cnn-conv-stepper';
import './cnn-conv1d-stepper';
import './cnn-digit-classifier';
import './cnn-digit-gallery';
import './cnn-digit-pad';
import './cnn-feature-maps';
import './cnn-feature-maps-survey';
import './cnn-filter-lab';
import './cnn-matrix';
import './cnn-mnist-trainer';
import './cnn-mnist-trainer-compare';
import './cnn-model-summary';
import './cnn-output-size';
import './cnn-pool-stepper';
import './cnn-quiz';
import './cnn-training-chart';
import './cnn-transposed-stepper';
