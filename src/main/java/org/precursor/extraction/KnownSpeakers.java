package org.precursor.extraction;

import java.util.List;

import org.precursor.actor.ActorNames;
import org.precursor.actor.ActorType;
import org.precursor.web.DataVersion;
import org.springframework.stereotype.Component;

/** The gazetteer of known actors, read from the database and read again once the data has changed. */
@Component
class KnownSpeakers {

	private record Snapshot(long version, Gazetteer gazetteer) {
	}

	private final ActorNames names;

	private final DataVersion dataVersion;

	private volatile Snapshot snapshot;

	KnownSpeakers(ActorNames names, DataVersion dataVersion) {
		this.names = names;
		this.dataVersion = dataVersion;
	}

	Gazetteer current() {
		long version = dataVersion.current();
		Snapshot known = snapshot;
		if (known != null && known.version() == version) {
			return known.gazetteer();
		}
		synchronized (this) {
			if (snapshot == null || snapshot.version() != version) {
				List<Gazetteer.Form> forms = names.everyNameAndAlias().stream()
					.map(match -> new Gazetteer.Form(match.slug(), match.name(),
							match.type() == ActorType.PERSON || match.type() == ActorType.UNNAMED_SOURCE, match.alias()))
					.toList();
				snapshot = new Snapshot(version, new Gazetteer(forms));
			}
			return snapshot.gazetteer();
		}
	}

}
