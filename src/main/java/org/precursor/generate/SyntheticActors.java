package org.precursor.generate;

import java.sql.SQLException;
import java.util.Locale;
import java.util.SplittableRandom;

import org.precursor.actor.ActorType;
import org.precursor.web.Slugs;
import org.precursor.web.UniqueNames;

import static org.precursor.generate.Vocabulary.pick;

/**
 * Writes the synthetic actors: people and unnamed sources mostly, then bodies, companies and cartels, a few
 * places. Many are affiliated to an actor created before them, drawn by Zipf so that China and the United States
 * gather the largest trees; since a parent always comes first there are no circles, and no chain is more than four
 * actors long. Some have aliases.
 */
final class SyntheticActors {

	/** Types by share in thousandths. */
	private static final ActorType[] TYPES = ActorType.values();

	private static final int[] SHARES = new int[TYPES.length];

	static {
		share(ActorType.PERSON, 400);
		share(ActorType.UNNAMED_SOURCE, 120);
		share(ActorType.GOVERNMENT, 80);
		share(ActorType.AGENCY, 80);
		share(ActorType.COMPANY, 80);
		share(ActorType.ORGANIZATION, 60);
		share(ActorType.CRIMINAL_ORGANIZATION, 60);
		share(ActorType.GROUP, 50);
		share(ActorType.MEDIA, 20);
		share(ActorType.PLACE, 20);
		share(ActorType.LEGISLATURE, 15);
		share(ActorType.INTERNATIONAL_BODY, 10);
		share(ActorType.COUNTRY, 5);
	}

	private final RankedActors actors;

	private final TakenNames taken;

	private final RandomStreams streams;

	SyntheticActors(RankedActors actors, TakenNames taken, RandomStreams streams) {
		this.actors = actors;
		this.taken = taken;
		this.streams = streams;
	}

	void write(BulkWriter writer, int count, Progress progress) throws SQLException {
		BulkWriter.Insert actor = writer.insert("actor", "id", "slug", "name", "name_key", "type", "country",
				"parent_id", "role", "description");
		BulkWriter.Insert alias = writer.insert("actor_alias", "actor_id", "alias");
		for (int i = 0; i < count; i++) {
			SplittableRandom random = streams.of(RandomStreams.ACTOR, i);
			int number = i + 1;
			ActorType type = type(random);
			int parent = parent(type, random);
			String name = taken.free(name(type, number, random));
			String country = parent >= 0 ? actors.country(parent)
					: type == ActorType.INTERNATIONAL_BODY ? null : pick(Vocabulary.COUNTRIES, random);
			int rank = actors.add(name, type, country, parent);
			long id = actors.id(rank);
			actor.value(id).value(Slugs.of(name)).value(name).value(UniqueNames.key(name)).value(type.name())
				.value(country).reference(parent < 0 ? 0 : actors.id(parent)).value(role(type, parent, random))
				.value(random.nextInt(10) < 4 ? "Synthetic " + type.label().toLowerCase(Locale.ROOT)
						+ ", generated for scale tests." : null)
				.add();
			if (random.nextInt(100) < (type == ActorType.PERSON ? 2 : 6)) {
				alias.value(id).value(alias(type, name, number)).add();
			}
			writer.rowDone();
			progress.advanced(number);
		}
		writer.endPhase();
	}

	private static ActorType type(SplittableRandom random) {
		int draw = random.nextInt(1000);
		for (int i = 0; i < TYPES.length; i++) {
			draw -= SHARES[i];
			if (draw < 0) {
				return TYPES[i];
			}
		}
		return ActorType.PERSON;
	}

	/**
	 * An actor drawn among those before this one, moved up its chain until it is a body that may take one more level
	 * below it; -1 for none.
	 */
	private int parent(ActorType type, SplittableRandom random) {
		if (actors.size() == 0 || random.nextInt(100) >= affiliatedPercent(type)) {
			return -1;
		}
		int parent = actors.drawBelow(actors.size(), random);
		while (parent >= 0 && !canTakeAffiliates(parent)) {
			parent = actors.parent(parent);
		}
		return parent;
	}

	private boolean canTakeAffiliates(int rank) {
		ActorType type = actors.type(rank);
		return actors.depth(rank) <= RankedActors.DEEPEST_PARENT && type != ActorType.PERSON
				&& type != ActorType.UNNAMED_SOURCE && type != ActorType.PLACE;
	}

	private static int affiliatedPercent(ActorType type) {
		return switch (type) {
			case PERSON -> 65;
			case UNNAMED_SOURCE -> 70;
			case GOVERNMENT, AGENCY, LEGISLATURE -> 50;
			case COMPANY, ORGANIZATION, CRIMINAL_ORGANIZATION, GROUP, MEDIA -> 25;
			case INTERNATIONAL_BODY -> 10;
			case COUNTRY, PLACE -> 0;
		};
	}

	private static String name(ActorType type, int number, SplittableRandom random) {
		String town = pick(Vocabulary.TOWNS, random);
		String domain = pick(Vocabulary.DOMAINS, random);
		String surname = pick(Vocabulary.SURNAMES, random);
		int variant = random.nextInt(3);
		String name = switch (type) {
			case PERSON -> pick(Vocabulary.FIRST_NAMES, random) + " " + surname;
			case UNNAMED_SOURCE -> "Unnamed " + domain.toLowerCase(Locale.ROOT) + " official";
			case COUNTRY -> "Republic of " + town;
			case GOVERNMENT -> town + " Ministry of " + domain;
			case LEGISLATURE -> town + " Assembly Committee on " + domain;
			case AGENCY -> town + " " + domain + (variant == 0 ? " Bureau" : " Agency");
			case CRIMINAL_ORGANIZATION -> variant == 0 ? town + " Cartel"
					: variant == 1 ? pick(Vocabulary.COLOURS, random) + " " + pick(Vocabulary.ANIMALS, random) + " Syndicate"
							: town + " Brokers Network";
			case COMPANY -> variant == 0 ? surname + " Fine Chemicals"
					: variant == 1 ? town + " Freight Forwarding" : surname + " Pharma Trading";
			case INTERNATIONAL_BODY -> town + " Regional Drug Control Council";
			case MEDIA -> variant == 0 ? town + " Radio" : town + " Evening Post";
			case ORGANIZATION -> variant == 0 ? "Institute for " + domain + " Studies"
					: variant == 1 ? town + " Policy Forum" : surname + " Foundation";
			case GROUP -> variant == 0 ? town + " harm-reduction advocates"
					: variant == 1 ? town + " customs brokers" : "Families of overdose victims in " + town;
			case PLACE -> variant == 0 ? "Port of " + town
					: variant == 1 ? town + " border crossing" : town + " free-trade zone";
		};
		return name + " " + number;
	}

	private static String role(ActorType type, int parent, SplittableRandom random) {
		if (parent < 0) {
			return null;
		}
		return pick(type == ActorType.PERSON || type == ActorType.UNNAMED_SOURCE ? Vocabulary.PERSON_ROLES
				: Vocabulary.BODY_ROLES, random);
	}

	/** Initials and the number ("NMC-1432"), or for a person "A. Keller 1432": never another actor's name. */
	private static String alias(ActorType type, String name, int number) {
		String[] words = name.split(" ");
		if (type == ActorType.PERSON) {
			return words[0].charAt(0) + ". " + words[1] + " " + number;
		}
		StringBuilder initials = new StringBuilder();
		for (int i = 0; i < words.length - 1; i++) {
			if (Character.isLetter(words[i].charAt(0))) {
				initials.append(Character.toUpperCase(words[i].charAt(0)));
			}
		}
		return initials + "-" + number;
	}

	private static void share(ActorType type, int thousandths) {
		SHARES[type.ordinal()] = thousandths;
	}

}
