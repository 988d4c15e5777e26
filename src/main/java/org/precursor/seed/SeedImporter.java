package org.precursor.seed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.ActorType;
import org.precursor.article.Article;
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
import org.precursor.web.Slugs;

/**
 * Loads a {@link SeedDataset} into the database in one transaction: either every row goes in, or, when any row
 * is malformed or refers to something unknown, nothing does and the error names the row. A dataset is loaded
 * once; loading it again is a no-op.
 */
@Component
public class SeedImporter {

	private static final Logger log = LoggerFactory.getLogger(SeedImporter.class);

	private final JdbcTemplate jdbc;

	private final OutletRepository outlets;

	private final ArticleRepository articles;

	private final ActorRepository actors;

	private final PropositionRepository propositions;

	private final ClaimRepository claims;

	public SeedImporter(JdbcTemplate jdbc, OutletRepository outlets, ArticleRepository articles,
			ActorRepository actors, PropositionRepository propositions, ClaimRepository claims) {
		this.jdbc = jdbc;
		this.outlets = outlets;
		this.articles = articles;
		this.actors = actors;
		this.propositions = propositions;
		this.claims = claims;
	}

	public boolean isImported(String name) {
		Integer count = jdbc.queryForObject("select count(*) from seed_import where name = ?", Integer.class, name);
		return count != null && count > 0;
	}

	/** Imports the dataset under a name unless one of that name was imported before; returns whether it ran. */
	@Transactional
	public boolean importOnce(String name, SeedDataset dataset) {
		if (isImported(name)) {
			return false;
		}
		Map<String, Outlet> outletsBySlug = importOutlets(dataset.outlets().rows());
		Map<String, Proposition> propositionsBySlug = importPropositions(dataset.propositions().rows());
		Map<String, Actor> actorsBySlug = importMissingActors(dataset.actors().rows());
		Map<String, Article> articlesByKey = importArticles(dataset.articles().rows(), outletsBySlug);
		int claimCount = importClaims(dataset.claims().rows(), articlesByKey, actorsBySlug, propositionsBySlug);
		recordImport(name, dataset.checksum());
		log.info("Loaded seed dataset '{}': {} outlets, {} articles, {} actors, {} propositions, {} claims", name,
				outletsBySlug.size(), articlesByKey.size(), actorsBySlug.size(), propositionsBySlug.size(), claimCount);
		return true;
	}

	void recordImport(String name, String checksum) {
		jdbc.update("insert into seed_import (name, checksum, imported_at) values (?, ?, ?)", name, checksum,
				Timestamp.from(Instant.now()));
	}

	private Map<String, Outlet> importOutlets(List<SeedRow> rows) {
		Map<String, Outlet> bySlug = new HashMap<>();
		for (SeedRow row : rows) {
			String slug = slug(row, 0);
			Outlet outlet = outlets.findBySlug(slug).orElseGet(() -> {
				Outlet created = new Outlet(slug, row.required(1, "name"),
						row.enumValue(2, "kind", OutletKind.class));
				created.describe(row.optional(3), row.optional(4), row.optional(5));
				return outlets.save(created);
			});
			putUnique(bySlug, slug, outlet, row);
		}
		return bySlug;
	}

	private Map<String, Proposition> importPropositions(List<SeedRow> rows) {
		Map<String, Proposition> bySlug = new HashMap<>();
		for (SeedRow row : rows) {
			String slug = slug(row, 0);
			Proposition proposition = propositions.findBySlug(slug)
				.orElseGet(() -> propositions.save(new Proposition(slug, row.required(1, "text"), row.optional(2))));
			putUnique(bySlug, slug, proposition, row);
		}
		return bySlug;
	}

	/**
	 * Creates the actors a database does not have yet and returns every actor the rows name, new or existing.
	 * Existing actors are left as they are, so a later dataset may list actors that an editor has since changed.
	 */
	Map<String, Actor> importMissingActors(List<SeedRow> rows) {
		Map<String, Actor> bySlug = new HashMap<>();
		Map<SeedRow, Actor> created = new LinkedHashMap<>();
		for (SeedRow row : rows) {
			String slug = slug(row, 0);
			Actor actor = actors.findBySlug(slug).orElseGet(() -> {
				Actor fresh = new Actor(slug, row.required(1, "name"), row.enumValue(2, "type", ActorType.class));
				fresh.rename(fresh.getName(), fresh.getType(), row.optional(3));
				fresh.replaceAliases(row.list(6));
				fresh.describe(row.optional(7));
				created.put(row, fresh);
				return fresh;
			});
			putUnique(bySlug, slug, actor, row);
		}
		// Parents may be listed after their members, so affiliations are set once every actor exists.
		created.forEach((row, actor) -> {
			String parentSlug = row.optional(4);
			if (parentSlug != null) {
				try {
					actor.affiliateTo(row.reference(parentSlug, "parent actor", bySlug::get), row.optional(5));
				}
				catch (IllegalArgumentException ex) {
					throw row.problem(ex.getMessage());
				}
			}
		});
		actors.saveAll(created.values());
		return bySlug;
	}

	private Map<String, Article> importArticles(List<SeedRow> rows, Map<String, Outlet> outletsBySlug) {
		Map<String, Article> byKey = new HashMap<>();
		for (SeedRow row : rows) {
			String key = row.required(0, "key");
			Outlet outlet = row.reference(row.required(1, "outlet"), "outlet", outletsBySlug::get);
			String originalSlug = row.optional(2);
			Outlet original = originalSlug == null ? null : row.reference(originalSlug, "outlet", outletsBySlug::get);
			Article article = new Article(outlet, row.required(3, "title"));
			article.publishedBy(outlet, original);
			String url = row.optional(4);
			if (url != null) {
				try {
					article.locatedAt(CanonicalUrl.of(url));
				}
				catch (IllegalArgumentException ex) {
					throw row.problem("url '" + url + "': " + ex.getMessage());
				}
			}
			article.datedOn(row.date(5, "published_on"), row.enumValue(6, "date_precision", DatePrecision.class),
					row.optional(7));
			article.describe(row.optional(8), row.optional(9), row.optional(11), null);
			row.required(10, "seed_file");
			article.markSeeded(key);
			putUnique(byKey, key, article, row);
		}
		articles.saveAll(byKey.values());
		return byKey;
	}

	private int importClaims(List<SeedRow> rows, Map<String, Article> articlesByKey,
			Map<String, Actor> actorsBySlug, Map<String, Proposition> propositionsBySlug) {
		Map<String, Claim> byKey = new HashMap<>();
		Map<Article, Integer> positions = new HashMap<>();
		for (SeedRow row : rows) {
			String key = row.required(0, "key");
			Article article = row.reference(row.required(1, "article"), "article", articlesByKey::get);
			Actor claimant = row.reference(row.required(2, "claimant"), "claimant", actorsBySlug::get);
			Claim claim = new Claim(article, claimant, row.enumValue(3, "kind", ClaimKind.class),
					row.required(4, "text"));
			claim.concerning(row.list(5).stream()
				.map(slug -> row.reference(slug, "actor", actorsBySlug::get))
				.toList());
			for (String stance : row.list(6)) {
				int colon = stance.indexOf(':');
				if (colon < 0) {
					throw row.problem("stance '" + stance + "' must look like proposition-slug:supports");
				}
				Proposition proposition = row.reference(stance.substring(0, colon), "proposition",
						propositionsBySlug::get);
				try {
					claim.takeStance(proposition, Stance.parse(stance.substring(colon + 1)));
				}
				catch (IllegalArgumentException ex) {
					throw row.problem(ex.getMessage());
				}
			}
			claim.madeOn(row.date(7, "made_on"));
			claim.summarize(row.optional(8));
			claim.placeAt(positions.merge(article, 1, Integer::sum));
			claim.markSeeded(key);
			putUnique(byKey, key, claim, row);
		}
		claims.saveAll(byKey.values());
		return byKey.size();
	}

	static String slug(SeedRow row, int column) {
		String slug = row.required(column, "slug");
		if (!Slugs.isValid(slug)) {
			throw row.problem("slug '" + slug + "' must be lowercase words joined by hyphens");
		}
		return slug;
	}

	static <T> void putUnique(Map<String, T> map, String key, T value, SeedRow row) {
		if (map.putIfAbsent(key, value) != null) {
			throw row.problem("'" + key + "' appears more than once");
		}
	}

}
