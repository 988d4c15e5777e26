package org.precursor.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorRepository;
import org.precursor.actor.DeletingActor;
import org.precursor.article.Article;
import org.precursor.article.ArticleRepository;
import org.precursor.article.DeletingArticle;
import org.precursor.article.Outlet;
import org.precursor.article.OutletRepository;
import org.precursor.claim.Claim;
import org.precursor.claim.ClaimRepository;
import org.precursor.claim.RemovingClaims;
import org.precursor.proposition.DeletingProposition;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRepository;
import org.precursor.supplychain.EvidenceRole;
import org.precursor.supplychain.SupplyChainLinkRepository;

/**
 * Removes the records a dataset once added and its newer version no longer lists, through the same paths an
 * editor's delete takes, claims first and outlets last. A record an editor changed since, or one still in use
 * (a claim a supply-chain link cites, an article with claims of its own, an actor who made claims), is kept and
 * listed for review instead. Only records a dataset created are candidates: an editor's own records are never
 * removed.
 */
@Component
class RemovingSeedRecords {

	private final ClaimRepository claims;

	private final ArticleRepository articles;

	private final ActorRepository actors;

	private final PropositionRepository propositions;

	private final OutletRepository outlets;

	private final SupplyChainLinkRepository links;

	private final RemovingClaims removingClaims;

	private final DeletingArticle deletingArticle;

	private final DeletingActor deletingActor;

	private final DeletingProposition deletingProposition;

	private final DatasetAuthorship authorship;

	private final JdbcTemplate jdbc;

	RemovingSeedRecords(ClaimRepository claims, ArticleRepository articles, ActorRepository actors,
			PropositionRepository propositions, OutletRepository outlets, SupplyChainLinkRepository links,
			RemovingClaims removingClaims, DeletingArticle deletingArticle, DeletingActor deletingActor,
			DeletingProposition deletingProposition, DatasetAuthorship authorship, JdbcTemplate jdbc) {
		this.claims = claims;
		this.articles = articles;
		this.actors = actors;
		this.propositions = propositions;
		this.outlets = outlets;
		this.links = links;
		this.removingClaims = removingClaims;
		this.deletingArticle = deletingArticle;
		this.deletingActor = deletingActor;
		this.deletingProposition = deletingProposition;
		this.authorship = authorship;
		this.jdbc = jdbc;
	}

	void removeWhatIsNoLongerIn(SeedDataset dataset, SeedFindings findings) {
		removeClaims(keys(dataset.claims(), "key"), findings);
		removeArticles(keys(dataset.articles(), "key"), findings);
		removeActors(keys(dataset.actors(), "slug"), findings);
		removePropositions(keys(dataset.propositions(), "slug"), findings);
		removeOutlets(keys(dataset.outlets(), "slug"), findings);
	}

	/** Every key the file names, also on rows that could not be applied: those records are not gone. */
	private static Set<String> keys(SeedFile file, String column) {
		return file.rows().stream().map(row -> row.optional(column)).filter(Objects::nonNull)
			.collect(Collectors.toSet());
	}

	private void removeClaims(Set<String> listed, SeedFindings findings) {
		List<Claim> gone = claims.findAll().stream()
			.filter(claim -> claim.getSeedKey() != null && !listed.contains(claim.getSeedKey()))
			.filter(claim -> !keptForAnEditor(findings, "claim", claim.getId(), claim.getSeedKey(),
					"/claims/" + claim.getId()))
			.toList();
		// A cited claim may go when every link it asserts keeps another asserting claim: the links then let go of it
		// (LinksFollowTheirRecords). A claim that is the last support of a link stays, for an editor to decide.
		Set<Long> goneIds = gone.stream().map(Claim::getId).collect(Collectors.toSet());
		Set<Long> lastSupport = links.findCitingAny(goneIds).stream()
			.filter(link -> link.claims(EvidenceRole.ASSERTS).stream().allMatch(claim -> goneIds.contains(claim.getId())))
			.flatMap(link -> link.claims(EvidenceRole.ASSERTS).stream())
			.map(Claim::getId)
			.collect(Collectors.toSet());
		List<Claim> removed = new ArrayList<>();
		for (Claim claim : gone) {
			if (lastSupport.contains(claim.getId())) {
				findings.stillInUse("claim", claim.getSeedKey(), "/claims/" + claim.getId(), "No longer in "
						+ findings.author() + ", but it is the only claim asserting a supply-chain link. Kept: cite"
						+ " another claim for the link, or delete the link yourself.");
			}
			else {
				removed.add(claim);
			}
		}
		removingClaims.remove(removed);
		removed.forEach(claim -> findings.changed("claim", "removed"));
	}

	private void removeArticles(Set<String> listed, SeedFindings findings) {
		for (Article article : articles.findAll()) {
			if (article.getSeedKey() == null || listed.contains(article.getSeedKey())
					|| keptForAnEditor(findings, "article", article.getId(), article.getSeedKey(),
							"/articles/" + article.getId())) {
				continue;
			}
			long remaining = claims.countByArticle(article);
			if (remaining > 0) {
				findings.stillInUse("article", article.getSeedKey(), "/articles/" + article.getId(),
						"No longer in " + findings.author() + ", but " + remaining + " claim(s) still cite it. Kept.");
			}
			else {
				deletingArticle.delete(article.getId(), article.getVersion());
				findings.changed("article", "removed");
			}
		}
	}

	private void removeActors(Set<String> listed, SeedFindings findings) {
		Set<Long> seeded = authorship.createdByDatasets("actor");
		for (Actor actor : actors.findAll()) {
			if (!seeded.contains(actor.getId()) || listed.contains(actor.getSlug()) || keptForAnEditor(findings,
					"actor", actor.getId(), actor.getSlug(), "/actors/" + actor.getSlug())) {
				continue;
			}
			String use = useOf(actor);
			if (use != null) {
				findings.stillInUse("actor", actor.getSlug(), "/actors/" + actor.getSlug(),
						"No longer in " + findings.author() + ", but " + use + ". Kept.");
			}
			else {
				deletingActor.delete(actor.getId(), actor.getVersion());
				findings.changed("actor", "removed");
			}
		}
	}

	private String useOf(Actor actor) {
		if (claims.countByClaimant(actor) > 0) {
			return "it made claims";
		}
		Long joint = jdbc.queryForObject("select count(*) from claim_joint_claimant where actor_id = ?", Long.class,
				actor.getId());
		if (joint != null && joint > 0) {
			return "it made claims jointly with others";
		}
		if (!links.findTouching(actor).isEmpty()) {
			return "it is an end of supply-chain links";
		}
		return null;
	}

	private void removePropositions(Set<String> listed, SeedFindings findings) {
		Set<Long> seeded = authorship.createdByDatasets("proposition");
		for (Proposition proposition : propositions.findAll()) {
			if (!seeded.contains(proposition.getId()) || listed.contains(proposition.getSlug())
					|| keptForAnEditor(findings, "proposition", proposition.getId(), proposition.getSlug(),
							"/propositions/" + proposition.getSlug())) {
				continue;
			}
			int sides = claims.findTakingStanceOn(proposition).size();
			if (sides > 0) {
				findings.stillInUse("proposition", proposition.getSlug(), "/propositions/" + proposition.getSlug(),
						"No longer in " + findings.author() + ", but " + sides + " claim(s) take a side on it. Kept.");
			}
			else {
				deletingProposition.delete(proposition.getId(), proposition.getVersion());
				findings.changed("proposition", "removed");
			}
		}
	}

	private void removeOutlets(Set<String> listed, SeedFindings findings) {
		Set<Long> seeded = authorship.createdByDatasets("outlet");
		for (Outlet outlet : outlets.findAll()) {
			if (!seeded.contains(outlet.getId()) || listed.contains(outlet.getSlug()) || keptForAnEditor(findings,
					"outlet", outlet.getId(), outlet.getSlug(), "/outlets/" + outlet.getSlug())) {
				continue;
			}
			long published = articles.countByOutletOrOriginalOutlet(outlet, outlet);
			if (published > 0) {
				findings.stillInUse("outlet", outlet.getSlug(), "/outlets/" + outlet.getSlug(),
						"No longer in " + findings.author() + ", but " + published + " article(s) name it. Kept.");
			}
			else {
				outlets.delete(outlet);
				findings.changed("outlet", "removed");
			}
		}
	}

	private boolean keptForAnEditor(SeedFindings findings, String type, Long id, String key, String path) {
		Optional<String> editor = authorship.editorOf(type, id);
		editor.ifPresent(name -> findings.edited(type, key, path, name + " changed it since it was seeded; "
				+ findings.author() + " no longer lists it. Kept as " + name + " saved it."));
		return editor.isPresent();
	}

}
