package org.precursor.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.Affiliations;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
import org.precursor.article.ArticleRedated;
import org.precursor.article.ArticleRepository;
import org.precursor.article.CanonicalUrl;
import org.precursor.article.DatePrecision;
import org.precursor.article.Outlet;
import org.precursor.article.OutletKind;
import org.precursor.article.OutletRepository;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimKind;
import org.precursor.claim.ClaimRepository;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRepository;
import org.precursor.proposition.Stance;
import org.precursor.seed.SeedValues.ActorValues;
import org.precursor.seed.SeedValues.ArticleValues;
import org.precursor.seed.SeedValues.ClaimValues;
import org.precursor.seed.SeedValues.OutletValues;
import org.precursor.seed.SeedValues.PropositionValues;
import org.precursor.web.Slugs;

/**
 * Writes a {@link SeedDataset} into the database, keyed on the rows' stable keys (outlets, actors and propositions
 * by slug, articles and claims by seed key), inside the caller's transaction. A strict load (an empty database)
 * adds every row and leaves records it finds as they are. A lenient one (a newer version) also corrects the
 * records whose rows changed, unless an editor changed them since, and then removes the dataset's records that are
 * no longer in it (see {@link RemovingSeedRecords}). An import of a dataset export (see {@link DatasetFile}) also
 * matches the records that have no seed key, an article by its address (or outlet and title), a claim by its
 * claimant and words within its article, and gives every record the file's values.
 */
@Component
class ApplyingSeedDataset {

	private final OutletRepository outlets;

	private final ArticleRepository articles;

	private final ActorRepository actors;

	private final PropositionRepository propositions;

	private final ClaimRepository claims;

	private final DatasetAuthorship authorship;

	private final RemovingSeedRecords removing;

	private final ApplicationEventPublisher events;

	private final Affiliations affiliations;

	private static final int SLUGS_PER_QUERY = 1000;

	ApplyingSeedDataset(OutletRepository outlets, ArticleRepository articles, ActorRepository actors,
			PropositionRepository propositions, ClaimRepository claims, DatasetAuthorship authorship,
			RemovingSeedRecords removing, ApplicationEventPublisher events, Affiliations affiliations) {
		this.affiliations = affiliations;
		this.outlets = outlets;
		this.articles = articles;
		this.actors = actors;
		this.propositions = propositions;
		this.claims = claims;
		this.authorship = authorship;
		this.removing = removing;
		this.events = events;
	}

	/** The records a dataset's rows stand for, by the keys its rows use for them, for the rows that refer to them. */
	record Applied(Map<String, Actor> actors, Map<String, Proposition> propositions, Map<String, Claim> claims) {
	}

	Applied apply(SeedDataset dataset, SeedFindings findings) {
		Map<String, Outlet> outletsBySlug = outlets(dataset.outlets().rows(), findings);
		Map<String, Proposition> propositionsBySlug = propositions(dataset.propositions().rows(), findings);
		Map<String, Actor> actorsBySlug = actors(dataset.actors().rows(), referencedActors(dataset.claims().rows()),
				findings);
		Map<String, Article> articlesByKey = articles(dataset.articles().rows(), outletsBySlug, findings);
		Map<String, Claim> claimsByKey = claims(dataset.claims().rows(), articlesByKey, actorsBySlug,
				propositionsBySlug, findings);
		if (findings.removesWhatIsNoLongerListed()) {
			removing.removeWhatIsNoLongerIn(dataset, findings);
		}
		return new Applied(actorsBySlug, propositionsBySlug, claimsByKey);
	}

	/** The key a row's references use for it: its {@code ref} in an import, else its seed key. */
	private static String rowKey(SeedRow row, String seedKey) {
		String ref = row.optional(DatasetFile.REF);
		return ref == null ? seedKey : ref;
	}

	/** A seed key: every seed row has one; in an import only the records that came from a seed dataset do. */
	private static String seedKey(SeedRow row, SeedFindings findings) {
		return findings.isImport() ? row.optional("key") : row.required("key");
	}

	private Map<String, Outlet> outlets(List<SeedRow> rows, SeedFindings findings) {
		Map<String, Outlet> bySlug = index(outlets.findAll(), Outlet::getSlug);
		Set<String> seen = new HashSet<>();
		for (SeedRow row : rows) {
			try {
				String slug = slug(row, "slug");
				unique(seen, slug, row);
				OutletValues wanted = new OutletValues(row.required("name"), row.enumValue("kind", OutletKind.class),
						row.optional("country"), row.optional("homepage"), row.optional("description"));
				Outlet outlet = bySlug.get(slug);
				if (outlet == null) {
					outlet = new Outlet(slug, wanted.name(), wanted.kind());
					bySlug.put(slug, outlet);
					findings.changed("outlet", "added");
				}
				else if (!mayChange(findings, "outlet", outlet.getId(), slug, "/outlets/" + slug,
						OutletValues.of(outlet), wanted)) {
					continue;
				}
				outlet.rename(wanted.name(), wanted.kind());
				outlet.describe(wanted.country(), wanted.homepage(), wanted.description());
				outlets.save(outlet);
			}
			catch (SeedFormatException ex) {
				findings.notApplied("outlet", row.optional("slug"), ex);
			}
		}
		return bySlug;
	}

	private Map<String, Proposition> propositions(List<SeedRow> rows, SeedFindings findings) {
		Map<String, Proposition> bySlug = index(propositions.findAll(), Proposition::getSlug);
		Set<String> seen = new HashSet<>();
		for (SeedRow row : rows) {
			try {
				String slug = slug(row, "slug");
				unique(seen, slug, row);
				PropositionValues wanted = new PropositionValues(row.required("text"), row.optional("description"));
				Proposition proposition = bySlug.get(slug);
				if (proposition == null) {
					bySlug.put(slug, propositions.save(new Proposition(slug, wanted.text(), wanted.description())));
					findings.changed("proposition", "added");
				}
				else if (mayChange(findings, "proposition", proposition.getId(), slug, "/propositions/" + slug,
						PropositionValues.of(proposition), wanted)) {
					proposition.reword(wanted.text(), wanted.description());
				}
			}
			catch (SeedFormatException ex) {
				findings.notApplied("proposition", row.optional("slug"), ex);
			}
		}
		return bySlug;
	}

	/**
	 * Adds the actors the database lacks and, when lenient, corrects the others; returns every actor by slug.
	 * Parents may be listed after their members, so affiliations are set once every actor exists.
	 */
	Map<String, Actor> actors(List<SeedRow> rows, Set<String> referenced, SeedFindings findings) {
		Map<String, Actor> bySlug = index(actorsNamed(rows, referenced), Actor::getSlug);
		Set<String> listed = new HashSet<>();
		rows.forEach(row -> Optional.ofNullable(row.optional("slug")).ifPresent(listed::add));
		Set<String> seen = new HashSet<>();
		Map<SeedRow, ActorValues> wantedByRow = new LinkedHashMap<>();
		Set<Actor> created = new HashSet<>();
		int done = 0;
		for (SeedRow row : rows) {
			findings.progress().advanced("actors", ++done, rows.size());
			try {
				String slug = slug(row, "slug");
				unique(seen, slug, row);
				ActorValues wanted = new ActorValues(row.required("name"), row.enumValue("type", ActorType.class),
						row.optional("country"), row.optional("parent"), row.optional("role"), new TreeSet<>(row.list("aliases")),
						row.optional("description"));
				if (wanted.parent() != null && !listed.contains(wanted.parent())) {
					row.reference(wanted.parent(), "parent actor", bySlug::get);
				}
				if (!bySlug.containsKey(slug)) {
					Actor fresh = new Actor(slug, wanted.name(), wanted.type());
					describe(fresh, wanted);
					bySlug.put(slug, actors.save(fresh));
					created.add(fresh);
					findings.changed("actor", "added");
				}
				wantedByRow.put(row, wanted);
			}
			catch (SeedFormatException ex) {
				findings.notApplied("actor", row.optional("slug"), ex);
			}
		}
		wantedByRow.forEach((row, wanted) -> {
			Actor actor = bySlug.get(row.optional("slug"));
			boolean fresh = created.contains(actor);
			if (fresh || mayChange(findings, "actor", actor.getId(), actor.getSlug(), "/actors/" + actor.getSlug(),
					ActorValues.of(actor), wanted)) {
				try {
					describe(actor, wanted);
					actor.affiliateTo(wanted.parent() == null ? null
							: row.reference(wanted.parent(), "parent actor", bySlug::get), wanted.role());
				}
				catch (IllegalArgumentException ex) {
					findings.notApplied("actor", actor.getSlug(), row.problem(ex.getMessage()));
				}
				catch (SeedFormatException ex) {
					findings.notApplied("actor", actor.getSlug(), ex);
				}
			}
		});
		affiliations.followChanges();
		return bySlug;
	}

	/** The claimants and subjects that claim rows name. */
	static Set<String> referencedActors(List<SeedRow> claimRows) {
		Set<String> slugs = new HashSet<>();
		for (SeedRow row : claimRows) {
			slugs.addAll(row.list("claimant"));
			slugs.addAll(row.list("about"));
		}
		return slugs;
	}

	/**
	 * The stored actors that the rows list or name as parents, and those other rows refer to; not every actor, of
	 * which a large database holds hundreds of thousands.
	 */
	private List<Actor> actorsNamed(List<SeedRow> rows, Set<String> referenced) {
		Set<String> slugs = new HashSet<>(referenced);
		for (SeedRow row : rows) {
			Optional.ofNullable(row.optional("slug")).ifPresent(slugs::add);
			Optional.ofNullable(row.optional("parent")).ifPresent(slugs::add);
		}
		List<String> all = List.copyOf(slugs);
		List<Actor> found = new ArrayList<>();
		for (int from = 0; from < all.size(); from += SLUGS_PER_QUERY) {
			found.addAll(actors.findBySlugIn(all.subList(from, Math.min(all.size(), from + SLUGS_PER_QUERY))));
		}
		return found;
	}

	private static void describe(Actor actor, ActorValues wanted) {
		actor.rename(wanted.name(), wanted.type(), wanted.country());
		actor.replaceAliases(wanted.aliases());
		actor.describe(wanted.description());
	}

	private Map<String, Article> articles(List<SeedRow> rows, Map<String, Outlet> outletsBySlug,
			SeedFindings findings) {
		List<Article> stored = findings.isImport() ? articles.findAll() : articles.findBySeedKeyNotNull();
		Map<String, Article> byKey = index(stored.stream().filter(a -> a.getSeedKey() != null).toList(),
				Article::getSeedKey);
		ArticlesWithoutSeedKey unkeyed = findings.isImport() ? new ArticlesWithoutSeedKey(stored) : null;
		Map<String, Article> byRowKey = findings.isImport() ? new HashMap<>() : byKey;
		Set<String> seen = new HashSet<>();
		int done = 0;
		for (SeedRow row : rows) {
			findings.progress().advanced("articles", ++done, rows.size());
			try {
				String key = seedKey(row, findings);
				String rowKey = rowKey(row, key);
				if (rowKey == null) {
					throw row.problem("key is empty");
				}
				unique(seen, rowKey, row);
				Outlet outlet = row.reference(row.required("outlet"), "outlet", outletsBySlug::get);
				String originalSlug = row.optional("original_outlet");
				Outlet original = originalSlug == null ? null
						: row.reference(originalSlug, "outlet", outletsBySlug::get);
				String url = canonical(row);
				LocalDate publishedOn = row.date("published_on");
				DatePrecision precision = row.enumValue("date_precision", DatePrecision.class);
				String language = row.optional("language");
				if (!findings.isImport()) {
					row.required("seed_file");
				}
				String title = row.required("title");
				Article article = key != null ? byKey.get(key) : unkeyed.find(url, outlet, title);
				ArticleValues wanted = new ArticleValues(outlet.getSlug(), originalSlug, title, url,
						publishedOn, publishedOn == null ? DatePrecision.UNKNOWN : precision, row.optional("date_note"),
						row.optional("authors"), language == null ? "en" : language, row.optional("summary"),
						offTopic(row), body(row, article));
				if (url != null) {
					(unkeyed != null ? unkeyed.atAddress(url) : articles.findByUrl(url))
						.filter(other -> article == null || !other.getId().equals(article.getId()))
						.ifPresent(other -> {
							throw row.problem("url '" + url + "' is already the address of article #" + other.getId());
						});
				}
				if (article == null) {
					Article fresh = new Article(outlet, wanted.title());
					if (key != null) {
						fresh.markSeeded(key);
					}
					write(fresh, wanted, outlet, original);
					byRowKey.put(rowKey, articles.save(fresh));
					findings.changed("article", "added");
					continue;
				}
				byRowKey.put(rowKey, article);
				if (mayChange(findings, "article", article.getId(), rowKey, "/articles/" + article.getId(),
						ArticleValues.of(article), wanted)) {
					LocalDate dated = article.getPublishedOn();
					write(article, wanted, outlet, original);
					if (!Objects.equals(dated, article.getPublishedOn())) {
						events.publishEvent(new ArticleRedated(article));
					}
				}
			}
			catch (SeedFormatException ex) {
				findings.notApplied("article", row.optional("key"), ex);
			}
		}
		return byRowKey;
	}

	/** An import's body column is the article's text; a seed dataset carries none and keeps what an editor saved. */
	private static String body(SeedRow row, Article stored) {
		if (row.columns().containsKey("body")) {
			return row.optional("body");
		}
		return stored == null ? null : stored.getBody();
	}

	private static String canonical(SeedRow row) {
		String url = row.optional("url");
		try {
			return url == null ? null : CanonicalUrl.of(url).value();
		}
		catch (IllegalArgumentException ex) {
			throw row.problem("url '" + url + "': " + ex.getMessage());
		}
	}

	private static void write(Article article, ArticleValues wanted, Outlet outlet, Outlet original) {
		article.publishedBy(outlet, original);
		article.retitle(wanted.title());
		article.locatedAt(wanted.url() == null ? null : CanonicalUrl.of(wanted.url()));
		article.datedOn(wanted.publishedOn(), wanted.datePrecision(), wanted.dateNote());
		article.describe(wanted.authors(), wanted.language(), wanted.summary(), wanted.body());
		article.markOffTopic(wanted.offTopic());
	}

	/** {@code off_topic} is {@code yes} for a story off the fentanyl topic; empty or absent means on topic. */
	private static boolean offTopic(SeedRow row) {
		String value = row.optional("off_topic");
		if (value == null || value.equalsIgnoreCase("no")) {
			return false;
		}
		if (value.equalsIgnoreCase("yes")) {
			return true;
		}
		throw row.problem("off_topic '" + value + "' must be yes, no or empty");
	}

	private Map<String, Claim> claims(List<SeedRow> rows, Map<String, Article> articlesByKey,
			Map<String, Actor> actorsBySlug, Map<String, Proposition> propositionsBySlug, SeedFindings findings) {
		List<Claim> stored = findings.isImport() ? claims.findAll() : claims.findBySeedKeyNotNull();
		Map<String, Claim> byKey = index(stored.stream().filter(c -> c.getSeedKey() != null).toList(),
				Claim::getSeedKey);
		// The form refuses the same words by the same claimant twice in an article; a database filled otherwise may
		// hold them, each its own claim.
		OneToOne<Claim> unkeyed = findings.isImport() ? new OneToOne<>(stored, Claim::getId,
				claim -> claim.getSeedKey() != null ? null : words(claim.getArticle(), claim.getClaimant(), claim.getText()))
				: null;
		Map<String, Claim> byRowKey = findings.isImport() ? new HashMap<>() : byKey;
		Map<String, Integer> positions = new HashMap<>();
		Set<String> seen = new HashSet<>();
		int done = 0;
		for (SeedRow row : rows) {
			findings.progress().advanced("claims", ++done, rows.size());
			int counted = positions.merge(String.valueOf(row.optional("article")), 1, Integer::sum);
			try {
				String key = seedKey(row, findings);
				String rowKey = rowKey(row, key);
				if (rowKey == null) {
					throw row.problem("key is empty");
				}
				unique(seen, rowKey, row);
				int position = row.optional("position") == null ? counted : row.number("position");
				ClaimRow wanted = claimRow(row, position, articlesByKey, actorsBySlug, propositionsBySlug);
				Claim claim = key != null ? byKey.get(key)
						: unkeyed.next(words(wanted.article(), wanted.claimant(), wanted.values().content()));
				if (claim == null) {
					Claim fresh = new Claim(wanted.article(), wanted.claimant(), wanted.values().kind(),
							wanted.values().content());
					if (key != null) {
						fresh.markSeeded(key);
					}
					write(fresh, wanted);
					byRowKey.put(rowKey, claims.save(fresh));
					findings.changed("claim", "added");
					continue;
				}
				byRowKey.put(rowKey, claim);
				if (!claim.getArticle().getId().equals(wanted.article().getId())) {
					throw row.problem("claim '" + key + "' is in article '" + claim.getArticle().getSeedKey()
							+ "' but the dataset puts it in '" + wanted.values().article()
							+ "'; a claim cannot move to another article: give it a new key");
				}
				if (mayChange(findings, "claim", claim.getId(), rowKey, "/claims/" + claim.getId(),
						ClaimValues.of(claim), wanted.values())) {
					write(claim, wanted);
				}
			}
			catch (SeedFormatException ex) {
				findings.notApplied("claim", row.optional("key"), ex);
			}
		}
		return byRowKey;
	}

	/** What identifies a claim without a seed key: its article, claimant and words. */
	private static String words(Article article, Actor claimant, String content) {
		return article.getId() + " " + claimant.getId() + " " + content.strip();
	}

	/** A claim row with its references resolved and its passage checked: what the claim should be. */
	private record ClaimRow(ClaimValues values, Article article, Actor claimant, List<Actor> jointClaimants,
			List<Actor> about, Map<Proposition, Stance> stances) {
	}

	private static ClaimRow claimRow(SeedRow row, int position, Map<String, Article> articlesByKey,
			Map<String, Actor> actorsBySlug, Map<String, Proposition> propositionsBySlug) {
		Article article = row.reference(row.required("article"), "article", articlesByKey::get);
		row.required("claimant");
		List<Actor> claimants = row.list("claimant").stream()
			.map(slug -> row.reference(slug, "claimant", actorsBySlug::get))
			.toList();
		List<Actor> joint = claimants.subList(1, claimants.size()).stream()
			.filter(actor -> actor != claimants.get(0))
			.toList();
		ClaimKind kind = row.enumValue("kind", ClaimKind.class);
		String content = row.required("content");
		List<Actor> about = row.list("about").stream()
			.map(slug -> row.reference(slug, "actor", actorsBySlug::get))
			.toList();
		Map<Proposition, Stance> stances = new LinkedHashMap<>();
		Map<String, Stance> stanceSlugs = new HashMap<>();
		for (String stance : row.list("stances")) {
			int colon = stance.indexOf(':');
			if (colon < 0) {
				throw row.problem("stance '" + stance + "' must look like proposition-slug:supports");
			}
			Proposition proposition = row.reference(stance.substring(0, colon), "proposition",
					propositionsBySlug::get);
			try {
				Stance side = Stance.parse(stance.substring(colon + 1));
				stances.put(proposition, side);
				stanceSlugs.put(proposition.getSlug(), side);
			}
			catch (IllegalArgumentException ex) {
				throw row.problem(ex.getMessage());
			}
		}
		String passage = row.optional("passage");
		String cue = row.optional("cue");
		String speaker = row.optional("speaker");
		try {
			new Claim(article, claimants.get(0), kind, content).inPassage(passage, cue, speaker);
		}
		catch (IllegalArgumentException ex) {
			throw row.problem(ex.getMessage());
		}
		ClaimValues values = new ClaimValues(article.getSeedKey(), claimants.get(0).getSlug(),
				joint.stream().map(Actor::getSlug).collect(Collectors.toSet()), kind,
				content.strip(), passage, cue, speaker,
				about.stream().map(Actor::getSlug).collect(Collectors.toSet()), stanceSlugs,
				row.date("made_on"), row.optional("summary"), position);
		return new ClaimRow(values, article, claimants.get(0), joint, about, stances);
	}

	private static void write(Claim claim, ClaimRow wanted) {
		ClaimValues values = wanted.values();
		claim.reword(wanted.claimant(), values.kind(), values.content());
		claim.inPassage(values.passage(), values.cue(), values.speaker());
		claim.madeJointlyWith(wanted.jointClaimants());
		claim.concerning(wanted.about());
		claim.clearStances();
		wanted.stances().forEach(claim::takeStance);
		claim.madeOn(values.madeOn());
		claim.summarize(values.summary());
		claim.placeAt(values.position());
	}

	/**
	 * Whether a stored record may take the dataset's values: never in a strict load (it leaves what it finds), not
	 * when nothing differs, and not when an editor changed the record since it was seeded; that is listed for review.
	 */
	private boolean mayChange(SeedFindings findings, String type, Long id, String key, String path, Record stored,
			Record wanted) {
		if (findings.isStrict()) {
			return false;
		}
		List<String> differing = SeedValues.differing(stored, wanted);
		if (differing.isEmpty()) {
			if (findings.isImport()) {
				findings.changed(type, "unchanged");
			}
			return false;
		}
		if (findings.isImport()) {
			findings.changed(type, "updated");
			return true;
		}
		Optional<String> editor = authorship.editorOf(type, id);
		if (editor.isPresent()) {
			findings.edited(type, key, path, editor.get() + " changed it since it was seeded; " + findings.author()
					+ " would change " + String.join(", ", differing) + ". Kept as " + editor.get() + " saved it.");
			return false;
		}
		findings.changed(type, "updated");
		return true;
	}

	static String slug(SeedRow row, String column) {
		String slug = row.required(column);
		if (!Slugs.isValid(slug)) {
			throw row.problem("slug '" + slug + "' must be lowercase words joined by hyphens");
		}
		return slug;
	}

	static void unique(Set<String> seen, String key, SeedRow row) {
		if (!seen.add(key)) {
			throw row.problem("'" + key + "' appears more than once");
		}
	}

	private static <T> Map<String, T> index(List<T> records, Function<T, String> key) {
		Map<String, T> byKey = new HashMap<>();
		records.forEach(record -> byKey.put(key.apply(record), record));
		return byKey;
	}

}
