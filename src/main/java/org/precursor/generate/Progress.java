package org.precursor.generate;

/** What a run reports as it goes: each phase as it starts, then how many of its rows are written. */
interface Progress {

	Progress NONE = new Progress() {

		@Override
		public void started(GenerationPhase phase) {
		}

		@Override
		public void advanced(long rowsDone) {
		}

		@Override
		public void finished() {
		}

	};

	void started(GenerationPhase phase);

	/** Rows of the current phase written so far; called for every row, so it must be cheap. */
	void advanced(long rowsDone);

	void finished();

}
