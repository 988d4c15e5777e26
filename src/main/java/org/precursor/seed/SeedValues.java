package org.precursor.seed;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.DatePrecision;
import org.precursor.article.Outlet;
import org.precursor.article.OutletKind;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimKind;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.Stance;

/**
 * What a seed row says about a record, and what the stored record holds, in one comparable form: references by
 * slug or key, collections as sorted sets. Equal values mean the dataset has nothing to change.
 */
final class SeedValues {

	private SeedValues() {
	}

	/** The names of the fields in which two values of the same kind differ. */
	static List<String> differing(Record stored, Record wanted) {
		List<String> fields = new ArrayList<>();
		for (RecordComponent component : stored.getClass().getRecordComponents()) {
			try {
				if (!Objects.equals(component.getAccessor().invoke(stored), component.getAccessor().invoke(wanted))) {
					fields.add(component.getName());
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return fields;
	}

	record OutletValues(String name, OutletKind kind, String country, String homepage, String description) {

		static OutletValues of(Outlet outlet) {
			return new OutletValues(outlet.getName(), outlet.getKind(), outlet.getCountry(), outlet.getHomepage(),
					outlet.getDescription());
		}

	}

	record PropositionValues(String text, String description) {

		static PropositionValues of(Proposition proposition) {
			return new PropositionValues(proposition.getText(), proposition.getDescription());
		}

	}

	record ActorValues(String name, ActorType type, String country, String parent, String role, Set<String> aliases,
			String description) {

		ActorValues {
			aliases = new TreeSet<>(aliases);
		}

		static ActorValues of(Actor actor) {
			return new ActorValues(actor.getName(), actor.getType(), actor.getCountry(),
					actor.getParent() == null ? null : actor.getParent().getSlug(), actor.getRole(), actor.getAliases(),
					actor.getDescription());
		}

	}

	record ArticleValues(String outlet, String originalOutlet, String title, String url, LocalDate publishedOn,
			DatePrecision datePrecision, String dateNote, String authors, String language, String summary,
			boolean offTopic, String body) {

		static ArticleValues of(Article article) {
			return new ArticleValues(article.getOutlet().getSlug(),
					article.getOriginalOutlet() == null ? null : article.getOriginalOutlet().getSlug(),
					article.getTitle(), article.getUrl(), article.getPublishedOn(), article.getDatePrecision(),
					article.getDateNote(), article.getAuthors(), article.getLanguage(), article.getSummary(),
					article.isOffTopic(), article.getBody());
		}

	}

	record ClaimValues(String article, String claimant, Set<String> jointClaimants, ClaimKind kind, String content,
			String passage, String cue, String speaker, Set<String> about, Map<String, Stance> stances,
			LocalDate madeOn, String summary, int position) {

		ClaimValues {
			jointClaimants = new TreeSet<>(jointClaimants);
			about = new TreeSet<>(about);
			stances = new TreeMap<>(stances);
		}

		static ClaimValues of(Claim claim) {
			return new ClaimValues(claim.getArticle().getSeedKey(), claim.getClaimant().getSlug(),
					slugs(claim.getJointClaimants()), claim.getKind(), claim.getText(), claim.getPassage(),
					claim.getCue(), claim.getSpeakerMention(), slugs(claim.getAbout()),
					claim.getStances().stream().collect(Collectors.toMap(
							stance -> stance.getProposition().getSlug(), stance -> stance.getStance())),
					claim.getMadeOn(), claim.getSummary(), claim.getPosition());
		}

		private static Set<String> slugs(Set<Actor> actors) {
			return actors.stream().map(Actor::getSlug).collect(Collectors.toSet());
		}

	}

}
