package org.precursor.extraction;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the language models on a background thread once the application is up, never delaying its start. */
@Component
class ModelWarmUp {

	@EventListener(ApplicationReadyEvent.class)
	void loadModels() {
		Thread loader = new Thread(PartsOfSpeech::warmUp, "extraction-models");
		loader.setDaemon(true);
		loader.setPriority(Thread.MIN_PRIORITY);
		loader.start();
	}

}
