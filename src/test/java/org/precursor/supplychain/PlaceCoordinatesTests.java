package org.precursor.supplychain;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

import org.precursor.actor.ActorType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Where the map puts an actor or a place: its own point, else its country's, else nowhere. */
class PlaceCoordinatesTests {

	private final PlaceCoordinates places = new PlaceCoordinates();

	@Test
	void putsASeededPlaceAtItsOwnPoint() {
		PlaceCoordinates.Point point = places.of(new ActorRef("southern-china", "Southern China", ActorType.PLACE, "China"))
			.orElseThrow();

		assertThat(point.longitude()).isEqualTo(113.3);
		assertThat(point.latitude()).isEqualTo(23.1);
		assertThat(point.where()).contains("Guangdong");
	}

	@Test
	void putsAnActorWithoutAPointOfItsOwnAtItsCountrysPoint() {
		PlaceCoordinates.Point point = places.of(new ActorRef("a-new-cartel", "A new cartel", ActorType.CRIMINAL_ORGANIZATION,
				"Mexico")).orElseThrow();

		assertThat(point).isEqualTo(places.of(new ActorRef("mexican-cartels", "Mexican cartels",
				ActorType.CRIMINAL_ORGANIZATION, null)).orElseThrow());
	}

	@Test
	void putsNowhereAnActorOfNoRecordedCountry() {
		assertThat(places.of(new ActorRef("somebody", "Somebody", ActorType.PERSON, "Atlantis"))).isEmpty();
		assertThat(places.of(new ActorRef("somebody", "Somebody", ActorType.PERSON, null))).isEmpty();
	}

	@Test
	void refusesAPointOffTheEarthNamingItsLine() {
		ByteArrayResource file = new ByteArrayResource("# key\tlongitude\tlatitude\nchina\t104\t95\n"
			.getBytes(StandardCharsets.UTF_8), "places") {
			@Override
			public String getFilename() {
				return "places.tsv";
			}
		};

		assertThatIllegalStateException().isThrownBy(() -> new PlaceCoordinates(file))
			.withMessage("places.tsv line 2: not a point on Earth");
	}

}
