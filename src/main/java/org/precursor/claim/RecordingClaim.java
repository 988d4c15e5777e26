package org.precursor.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.precursor.actor.Actor;
import org.precursor.actor.ActorNames;
import org.precursor.actor.ActorRepository;
import org.precursor.article.Article;
import org.precursor.article.ArticleRepository;
import org.precursor.proposition.Proposition;
import org.precursor.proposition.PropositionRepository;
import org.precursor.proposition.Stance;
import org.precursor.web.NotFoundException;
import org.precursor.web.Slugs;
import org.precursor.web.StaleEditException;

/**
 * Adds a claim to an article or saves an edited one. Everything the form names is looked up first (claimant,
 * subjects, propositions); only when all of it makes sense is anything written, including a new claimant
 * typed inline, so a refused form leaves no half-made actor behind.
 */
@Component
public class RecordingClaim {

	private final ArticleRepository articles;

	private final ClaimRepository claims;

	private final ActorRepository actors;

	private final ActorNames actorNames;

	private final PropositionRepository propositions;

	RecordingClaim(ArticleRepository articles, ClaimRepository claims, ActorRepository actors, ActorNames actorNames,
			PropositionRepository propositions) {
		this.articles = articles;
		this.claims = claims;
		this.actors = actors;
		this.actorNames = actorNames;
		this.propositions = propositions;
	}

	/** Adds the claim at the end of the article, or returns nothing when the form has errors. */
	@Transactional
	public Optional<Claim> add(Long articleId, ClaimForm form, Errors errors) {
		Article article = articles.findById(articleId).orElseThrow(() -> NotFoundException.byId("article", articleId));
		Resolved resolved = resolve(article, form, errors);
		refuseRecorded(article, null, form, resolved, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Claim claim = new Claim(article, resolved.claimant(), form.getKind(), form.getText());
		resolved.applyTo(claim, form);
		claim.placeAt(claims.findLastPositionIn(article) + 1);
		return Optional.of(claims.save(claim));
	}

	/** Saves an edited claim, or returns nothing when the form has errors; refuses a stale form. */
	@Transactional
	public Optional<Claim> update(Long articleId, Long claimId, ClaimForm form, Errors errors) {
		Claim claim = claims.findById(claimId)
			.filter(found -> found.getArticle().getId().equals(articleId))
			.orElseThrow(() -> NotFoundException.byId("claim", claimId));
		StaleEditException.check(form.getVersion(), claim.getVersion());
		Resolved resolved = resolve(claim.getArticle(), form, errors);
		refuseRecorded(claim.getArticle(), claimId, form, resolved, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		claim.reword(resolved.claimant(), form.getKind(), form.getText());
		resolved.applyTo(claim, form);
		return Optional.of(claims.saveAndFlush(claim));
	}

	private Resolved resolve(Article article, ClaimForm form, Errors errors) {
		Resolved resolved = new Resolved();
		resolveClaimant(form, errors, resolved);
		for (ActorNames.Match match : actorNames.resolveAll(form.getAbout())) {
			if (match.isUnique()) {
				resolved.about.add(match.actor());
			}
			else {
				errors.rejectValue("about", "unknown", match.problem());
			}
		}
		resolveStances(form, errors, resolved);
		if (form.getPassage() != null && !form.getPassage().isBlank() && form.getText() != null
				&& !form.getText().isBlank() && !form.getPassage().contains(form.getText().strip())) {
			errors.rejectValue("passage", "notInPassage", "The claim’s words must stand word for word in the passage. "
					+ "Copy the passage from the article, or correct the claim.");
		}
		if (form.getKind() == ClaimKind.DIRECT_QUOTE && form.getText() != null && !form.getText().isBlank()
				&& article.getBody() != null && !VerbatimQuote.appearsIn(form.getText(), article.getBody())) {
			errors.rejectValue("text", "notVerbatim", "These words are not in the article's text. A direct quote "
					+ "must be word for word: select it in the text above, or choose another kind.");
		}
		return resolved;
	}

	/**
	 * Refuses a claim the article already records: the same words by the same claimant. The error's argument is the
	 * recorded claim's id, so the form can link to it.
	 */
	private void refuseRecorded(Article article, Long claimId, ClaimForm form, Resolved resolved, Errors errors) {
		if (resolved.existingClaimant == null || form.getText() == null || form.getText().isBlank()) {
			return;
		}
		claims.findByArticleAndClaimantAndTextIgnoreCase(article, resolved.existingClaimant, form.getText().strip())
			.stream()
			.filter(recorded -> !recorded.getId().equals(claimId))
			.findFirst()
			.ifPresent(recorded -> errors.rejectValue("text", "recorded", new Object[] { recorded.getId() },
					"This article already records these words by " + resolved.existingClaimant.getName()
							+ " as claim " + recorded.getId() + "."));
	}

	private void resolveClaimant(ClaimForm form, Errors errors, Resolved resolved) {
		boolean typedExisting = form.getClaimant() != null && !form.getClaimant().isBlank();
		if (form.hasNewActor()) {
			if (typedExisting) {
				errors.rejectValue("newActorName", "both",
						"Either choose an existing claimant or create a new actor, not both.");
				return;
			}
			if (form.getNewActorType() == null) {
				errors.rejectValue("newActorType", "required", "Choose what kind of actor this is.");
			}
			String name = form.getNewActorName().strip();
			if (!actors.findByNameIgnoreCase(name).isEmpty()) {
				errors.rejectValue("newActorName", "taken", "There is already an actor called “" + name
						+ "”. Choose it as the claimant instead of creating a new one.");
			}
			resolved.newActorName = name;
			resolved.newActorCountry = form.getNewActorCountry();
			resolved.newActorType = form.getNewActorType();
			return;
		}
		if (!typedExisting) {
			errors.rejectValue("claimant", "required", "Choose who made the claim, or create a new actor.");
			return;
		}
		ActorNames.Match match = actorNames.resolve(form.getClaimant());
		if (match.isUnique()) {
			resolved.existingClaimant = match.actor();
		}
		else {
			errors.rejectValue("claimant", "unknown", match.problem());
		}
	}

	private void resolveStances(ClaimForm form, Errors errors, Resolved resolved) {
		Set<Long> seen = new HashSet<>();
		List<StanceRow> rows = form.getStances() == null ? List.of() : form.getStances();
		for (int i = 0; i < rows.size(); i++) {
			StanceRow row = rows.get(i);
			if (row == null || row.isEmpty()) {
				continue;
			}
			String field = "stances[" + i + "]";
			if (row.getProposition() == null) {
				errors.rejectValue(field + ".proposition", "required", "Choose the proposition this stance is on.");
			}
			else if (row.getStance() == null) {
				errors.rejectValue(field + ".stance", "required",
						"Choose whether the claim supports or disputes this proposition.");
			}
			else if (!seen.add(row.getProposition())) {
				errors.rejectValue(field + ".proposition", "duplicate",
						"This proposition is already listed; a claim takes one side on it.");
			}
			else {
				propositions.findById(row.getProposition()).ifPresentOrElse(
						proposition -> resolved.stances.put(proposition, row.getStance()),
						() -> errors.rejectValue(field + ".proposition", "unknown",
								"That proposition no longer exists; choose another."));
			}
		}
	}

	/** What the form's names and numbers stand for, found before anything is written. */
	private final class Resolved {

		private Actor existingClaimant;

		private String newActorName;

		private String newActorCountry;

		private org.precursor.actor.ActorType newActorType;

		private final List<Actor> about = new ArrayList<>();

		private final Map<Proposition, Stance> stances = new LinkedHashMap<>();

		Actor claimant() {
			if (existingClaimant != null) {
				return existingClaimant;
			}
			Actor created = new Actor(Slugs.available(newActorName, actors::isSlugTaken), newActorName, newActorType);
			created.rename(newActorName, newActorType, newActorCountry);
			return actors.save(created);
		}

		void applyTo(Claim claim, ClaimForm form) {
			claim.inPassage(form.getPassage(), form.getCue(), form.getSpeakerMention());
			claim.concerning(about);
			claim.clearStances();
			stances.forEach(claim::takeStance);
			claim.madeOn(form.getMadeOn());
			claim.summarize(form.getSummary());
		}

	}

}
